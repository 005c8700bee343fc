using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    /// <summary>
    /// Product insights the CSM raised from the client's own repeated bug reports, feature requests and performance complaints
    /// (two or more items with the same title, about half of them raised), scored with the rules share_product_insights uses.
    /// Older insights are further along the roadmap; about one in five has not been reviewed yet. Each is on the timeline.
    /// </summary>
    private void BuildInsights(Random loops)
    {
        var groups = _data.Feedback
            .Where(f => f.FeedbackType is FeedbackType.BugReport or FeedbackType.FeatureRequest || f.Themes.Contains("performance"))
            .GroupBy(f => f.Title, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .OrderBy(g => g.Min(f => f.SubmittedAt));
        foreach (var group in groups)
        {
            if (!loops.Chance(0.5))
                continue;
            var items = group.OrderBy(f => f.SubmittedAt).Take(10).ToList();
            var createdAt = items[^1].SubmittedAt.AddDays(loops.Between(1, 3));
            if (createdAt >= Cutoff)
                continue;
            AddInsight(loops, items, createdAt);
        }
    }

    private void AddInsight(Random loops, List<FeedbackItem> items, DateTime createdAt)
    {
        var first = items[0];
        var type = first.FeedbackType switch
        {
            FeedbackType.BugReport => ProductInsightType.BugReport,
            FeedbackType.FeatureRequest => ProductInsightType.FeatureRequest,
            _ => ProductInsightType.PerformanceFeedback,
        };
        var priority = items.Min(f => f.Priority);
        var score = InsightValue.Score(1, priority, items.Count, Rounding.Ratio(items.Average(f => f.SentimentScore)));
        var insight = new ProductInsight
        {
            InsightId = _ids.NextInsightId(),
            InsightType = type,
            Title = first.Title,
            Description = $"{items.Count} reports from {_identity.ClientName}: {first.Content}",
            Priority = priority,
            FeedbackIds = [.. items.Select(f => f.FeedbackId)],
            AffectedClientIds = [_clientId],
            CustomerImpact = $"{items.Count} users raised it since {DateOnly.FromDateTime(first.SubmittedAt):yyyy-MM-dd}.",
            BusinessImpact = $"Account of {_identity.ClientName} ({EnumCodes<ClientTier>.ToCode(_tier)} tier).",
            RecommendedAction = type == ProductInsightType.FeatureRequest ? "Size the request for the roadmap." : "Fix and tell the affected users.",
            Recipients = ["product-team@company.com"],
            BusinessValueScore = score,
            Urgency = InsightValue.Urgency(priority, score),
            ExecutiveEscalation = InsightValue.ExecutiveEscalation(priority, 1, score),
            DeliveryStatus = "not sent: email not configured",
            CreatedAt = createdAt,
        };
        _data.Insights.Add(insight);
        _data.Events.Add(Demo(ClientTimeline.ProductInsightShared(insight, _clientId)));

        var age = _lastDay.DayNumber - DateOnly.FromDateTime(createdAt).DayNumber;
        if (age < 2 || loops.Chance(0.2))
            return;
        insight.RoadmapStatus = age switch
        {
            < 30 => loops.Chance(0.6) ? RoadmapStatus.UnderReview : RoadmapStatus.Planned,
            < 120 => loops.Pick([RoadmapStatus.Planned, RoadmapStatus.InProgress, RoadmapStatus.InProgress, RoadmapStatus.Declined]),
            _ => loops.Pick([RoadmapStatus.Shipped, RoadmapStatus.Shipped, RoadmapStatus.Shipped, RoadmapStatus.InProgress, RoadmapStatus.Declined]),
        };
        insight.RoadmapUpdatedAt = createdAt.AddDays(loops.Between(1, Math.Min(age - 1, 60)));
        _data.Events.Add(Demo(ClientTimeline.RoadmapUpdated(insight, _clientId, null, insight.RoadmapUpdatedAt.Value)));
    }
}
