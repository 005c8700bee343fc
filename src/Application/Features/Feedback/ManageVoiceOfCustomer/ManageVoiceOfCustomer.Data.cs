using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public sealed partial class ManageVoiceOfCustomerHandler
{
    public const int OldestOpenCount = 10;
    public const int ListedCount = 25;

    public const string LoopRule = "A loop is closed once the submitter was told the outcome (status closed); closure rate = closed / items; "
        + "a follow-up is overdue when its due date is before today and the loop is open.";

    /// <summary>The feedback submitted in [from, until) in scope, as the loop and sentiment figures need it.</summary>
    private async Task<List<FeedbackRow>> FeedbackAsync(VocContext c, DateTime from, DateTime until, CancellationToken cancellationToken) =>
        await c.Scope.Feedback(db.FeedbackItems.AsNoTracking())
            .Where(f => f.SubmittedAt >= from && f.SubmittedAt < until)
            .Select(f => new FeedbackRow(f.FeedbackId, f.ClientId, f.Title, f.Priority, f.Owner, f.Status, f.ClosedAt, f.FollowUpDue, f.Sentiment,
                f.SentimentScore, f.SubmittedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Insights created in [from, until) that name the client, or a client in scope, among the affected customers.</summary>
    private async Task<List<ProductInsight>> InsightsAsync(VocContext c, DateTime? from, DateTime until, CancellationToken cancellationToken)
    {
        var query = db.ProductInsights.AsNoTracking().Where(i => i.CreatedAt < until);
        if (from is { } start)
            query = query.Where(i => i.CreatedAt >= start);
        var insights = await query.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.InsightId).ToListAsync(cancellationToken);
        if (c.ClientId is { } id)
            return [.. insights.Where(i => i.AffectedClientIds.Contains(id))];
        if (c.Scope.ScopedClientIds is not { } scoped)
            return insights;
        var inScope = (await scoped.ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        return [.. insights.Where(i => i.AffectedClientIds.Any(inScope.Contains))];
    }

    /// <summary>Loop figures of the rows as they stood at <paramref name="asOf"/> (now, or the end of an earlier period).</summary>
    private static FeedbackLoopSummary LoopSummary(List<FeedbackRow> rows, DateTime asOf)
    {
        var day = DateOnly.FromDateTime(asOf);
        var closed = rows.Where(r => r.IsClosedAt(asOf)).ToList();
        var open = rows.Where(r => !r.IsClosedAt(asOf)).ToList();
        var durations = closed.Where(r => r.ClosedAt is not null).Select(r => (decimal)(r.ClosedAt!.Value - r.SubmittedAt).TotalDays).ToList();
        return new FeedbackLoopSummary(
            rows.Count,
            closed.Count,
            open.Count,
            Stats.Ratio(closed.Count, rows.Count),
            open.Count(r => r.IsOverdue(day)),
            durations.Count == 0 ? null : Rounding.Average(durations.Average()),
            [.. rows.GroupBy(r => r.Owner, StringComparer.Ordinal).Select(g => Group(g.Key, [.. g], asOf))
                .OrderByDescending(g => g.Total).ThenBy(g => g.Key, StringComparer.Ordinal)],
            [.. rows.GroupBy(r => r.Priority).OrderBy(g => g.Key).Select(g => Group(Code(g.Key), [.. g], asOf))],
            [.. open.OrderBy(r => r.SubmittedAt).ThenBy(r => r.FeedbackId, StringComparer.Ordinal).Take(OldestOpenCount).Select(r => r.Open(day))]);
    }

    private static LoopGroup Group(string key, List<FeedbackRow> rows, DateTime asOf)
    {
        var closed = rows.Count(r => r.IsClosedAt(asOf));
        var day = DateOnly.FromDateTime(asOf);
        return new LoopGroup(key, rows.Count, closed, rows.Count - closed, rows.Count(r => !r.IsClosedAt(asOf) && r.IsOverdue(day)), Stats.Ratio(closed, rows.Count));
    }

    private static Dictionary<string, int> ByRoadmapStatus(IEnumerable<ProductInsight> insights)
    {
        var list = insights.ToList();
        var counts = Enum.GetValues<RoadmapStatus>().ToDictionary(Code, s => list.Count(i => i.RoadmapStatus == s), StringComparer.Ordinal);
        counts[NotOnRoadmap] = list.Count(i => i.RoadmapStatus is null);
        return counts;
    }

    private const string NotOnRoadmap = "not_on_roadmap";

    private static InsightLine Line(ProductInsight i) =>
        new(i.InsightId, i.Title, i.InsightType, i.Priority, i.BusinessValueScore, i.Urgency, i.AffectedClientIds.Count, i.RoadmapStatus, i.CreatedAt);

    private sealed record FeedbackRow(string FeedbackId, string ClientId, string Title, FeedbackPriority Priority, string Owner, FeedbackStatus Status,
        DateTime? ClosedAt, DateOnly? FollowUpDue, SentimentLabel Sentiment, decimal SentimentScore, DateTime SubmittedAt)
    {
        public bool IsClosedAt(DateTime asOf) => Status == FeedbackStatus.Closed && (ClosedAt is null || ClosedAt < asOf);

        /// <summary>Open (as the caller checked) with a follow-up due before the day.</summary>
        public bool IsOverdue(DateOnly day) => FollowUpDue is { } due && due < day;

        public OpenLoop Open(DateOnly day) => new(FeedbackId, ClientId, Title, Priority, Owner, SubmittedAt,
            day.DayNumber - DateOnly.FromDateTime(SubmittedAt).DayNumber, FollowUpDue, IsOverdue(day));
    }
}
