using CsMcp.Domain.Feedback;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    /// <summary>Feedback from the client was stored; negative feedback is a negative entry, positive a positive one.</summary>
    public static ClientEvent FeedbackCollected(FeedbackItem feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        var impact = FeedbackRules.IsNegative(feedback.Sentiment) ? EventImpact.Negative
            : feedback.Sentiment is SentimentLabel.Positive or SentimentLabel.VeryPositive ? EventImpact.Positive
            : (EventImpact?)null;
        var severity = feedback.Priority switch
        {
            FeedbackPriority.Critical or FeedbackPriority.High => EventSeverity.High,
            FeedbackPriority.Medium => EventSeverity.Medium,
            _ => (EventSeverity?)null,
        };
        return Create(TimelineEventKind.FeedbackCollected, feedback.ClientId, feedback.SubmittedAt, $"Feedback received: {feedback.Title}",
            $"{feedback.FeedbackId} ({Code(feedback.FeedbackType)}, {Code(feedback.Priority)}, {Code(feedback.Sentiment)}) from {feedback.SubmitterName}, routed to {feedback.Owner}.",
            new()
            {
                ["feedback_id"] = feedback.FeedbackId,
                ["feedback_type"] = Code(feedback.FeedbackType),
                ["priority"] = Code(feedback.Priority),
                ["sentiment"] = Code(feedback.Sentiment),
                ["owner"] = feedback.Owner,
            },
            impact, severity);
    }

    /// <summary>The loop with the submitter was closed.</summary>
    public static ClientEvent FeedbackClosed(FeedbackItem feedback, bool submitterNotified, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        return Create(TimelineEventKind.FeedbackClosed, feedback.ClientId, at, $"Feedback loop closed: {feedback.Title}",
            $"{feedback.FeedbackId} closed{(submitterNotified ? $"; {feedback.SubmitterEmail} notified" : "; submitter not notified")}.",
            new()
            {
                ["feedback_id"] = feedback.FeedbackId,
                ["closure_notes"] = feedback.ClosureNotes ?? string.Empty,
                ["submitter_notified"] = submitterNotified ? "true" : "false",
            });
    }

    /// <summary>A product insight that names this client among the affected customers was shared.</summary>
    public static ClientEvent ProductInsightShared(ProductInsight insight, string clientId)
    {
        ArgumentNullException.ThrowIfNull(insight);
        return Create(TimelineEventKind.ProductInsightShared, clientId, insight.CreatedAt, $"Product insight shared: {insight.Title}",
            $"{insight.InsightId} ({Code(insight.InsightType)}, {Code(insight.Priority)}, business value {Number(insight.BusinessValueScore)}/10) backed by {Number(insight.FeedbackIds.Count)} feedback items.",
            new()
            {
                ["insight_id"] = insight.InsightId,
                ["insight_type"] = Code(insight.InsightType),
                ["priority"] = Code(insight.Priority),
                ["business_value_score"] = Number(insight.BusinessValueScore),
                ["feedback_ids"] = string.Join(",", insight.FeedbackIds),
            });
    }

    /// <summary>A product insight that names this client got a roadmap status: shipped is a positive entry, declined a negative one.</summary>
    public static ClientEvent RoadmapUpdated(ProductInsight insight, string clientId, RoadmapStatus? previous, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(insight);
        var status = insight.RoadmapStatus ?? throw new ArgumentException("The insight has no roadmap status.", nameof(insight));
        var impact = status switch
        {
            RoadmapStatus.Shipped => EventImpact.Positive,
            RoadmapStatus.Declined => EventImpact.Negative,
            _ => (EventImpact?)null,
        };
        return Create(TimelineEventKind.RoadmapUpdated, clientId, at, $"Roadmap: {insight.Title} is {Code(status).Replace('_', ' ')}",
            $"{insight.InsightId} moved from {(previous is { } p ? Code(p) : "not on the roadmap")} to {Code(status)}.",
            new()
            {
                ["insight_id"] = insight.InsightId,
                ["roadmap_status"] = Code(status),
                ["previous_roadmap_status"] = previous is { } before ? Code(before) : string.Empty,
            },
            impact);
    }
}
