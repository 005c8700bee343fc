using System.ComponentModel;
using System.Text.Json.Serialization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Common;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Usage;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.TrackUsageEngagement;

[Tool("track_usage_engagement", Toolsets.Health, Title = "Track usage and engagement", ReadOnly = true, Idempotent = true)]
[Description("One client's product usage and engagement over a period, from the stored usage periods (pro-rated to the period), "
    + "feature adoption and engagement events: totals, a trend series, user segments by activity, the change versus the previous "
    + "period of equal length, the client's percentile among clients of the same tier, and alerts from stated rules. "
    + "Data that is not stored is reported as missing.")]
public sealed record TrackUsageEngagement : IQuery<TrackUsageEngagementResult>
{
    [Description("The client's id, e.g. cs_1764201600000_acme_corp.")]
    public required string ClientId { get; init; }

    [Description("First day of the period, inclusive: a date (yyyy-MM-dd) or an ISO-8601 date-time, which counts as its UTC date.")]
    [JsonConverter(typeof(PeriodDateConverter))]
    public required DateOnly PeriodStart { get; init; }

    [Description("Last day of the period, inclusive, as period_start; after it, at most 365 days in all.")]
    [JsonConverter(typeof(PeriodDateConverter))]
    public required DateOnly PeriodEnd { get; init; }

    [Description("Buckets of usage_trend (weekly: 7-day blocks from period_start). Default daily. When the stored usage is coarser "
        + "(always for hourly), the trend uses the stored granularity and says so.")]
    [OneOf<TrendGranularity>]
    public string Granularity { get; init; } = "daily";

    [Description("List every feature available to the client's tier with its status in the period. Default true.")]
    public bool IncludeFeatureBreakdown { get; init; } = true;

    [Description("Split licensed users into daily, weekly, monthly and inactive users from the stored DAU/WAU/MAU. Default true.")]
    public bool IncludeUserSegmentation { get; init; } = true;

    [Description("Compare the client's active-user ratio with the clients of the same tier over the same period. Default true.")]
    public bool BenchmarkComparison { get; init; } = true;
}

public sealed class TrackUsageEngagementHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<TrackUsageEngagement, TrackUsageEngagementResult>
{
    public const int MaxPeriodDays = 365;
    public const decimal RatioDropAlert = 0.20m;
    public const decimal LowRatioAlert = 0.30m;
    public const decimal LowAdoptionAlert = 0.25m;
    public const int NoLoginAlertDays = 14;

    public async ValueTask<TrackUsageEngagementResult> Handle(TrackUsageEngagement query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (first, last) = (query.PeriodStart, query.PeriodEnd);
        var days = last.DayNumber - first.DayNumber + 1;
        var (previousFirst, previousLast) = (first.AddDays(-days), first.AddDays(-1));
        var client = await db.Clients.AsNoTracking().Where(c => c.ClientId == query.ClientId)
            .Select(c => new { c.ClientId, c.ClientName, c.Tier }).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.Client(query.ClientId);

        var ids = db.Clients.Where(c => c.ClientId == client.ClientId).Select(c => c.ClientId);
        var rows = (await db.UsageRowsAsync(ids, previousFirst, last, cancellationToken))[client.ClientId].ToList();
        var usage = UsageAggregate.Over(rows, first, last);
        var previous = UsageAggregate.Over(rows, previousFirst, previousLast);

        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endExclusive = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var previousStart = previousFirst.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var features = await db.FeatureUseAsync(client.ClientId, client.Tier, first, last, cancellationToken);
        var previousFeatures = features.Count(f => f.FirstUsedAt < start && f.LastUsedAt >= previousStart);
        var engagement = await EngagementAsync(client.ClientId, start, endExclusive, last, cancellationToken);
        var previousEvents = await db.EngagementEvents.AsNoTracking()
            .CountAsync(e => e.ClientId == client.ClientId && e.OccurredAt >= previousStart && e.OccurredAt < start, cancellationToken);
        var anyLogin = await db.EngagementEvents.AsNoTracking()
            .AnyAsync(e => e.ClientId == client.ClientId && e.EventType == EngagementType.Login && e.OccurredAt < endExclusive, cancellationToken);

        var trend = EnumCodes<TrendGranularity>.Parse(query.Granularity);
        var requested = trend == TrendGranularity.Hourly ? UsageGranularity.Daily : EnumCodes<UsageGranularity>.Parse(query.Granularity);
        var source = usage is null ? (UsageGranularity?)null : EnumCodes<UsageGranularity>.Parse(usage.SourceGranularity);
        var series = source is { } s && s > requested ? s : requested;
        var inUse = features.Count(f => f.Status == FeatureUse.InUse);
        var featureSummary = new FeatureAdoptionSummary(features.Count, inUse, Stats.Ratio(inUse, features.Count), query.IncludeFeatureBreakdown ? features : null);
        var changes = Changes(usage, previous, engagement.EventsInPeriod, previousEvents, inUse, previousFeatures);
        var benchmark = query.BenchmarkComparison ? await db.ActiveUserRatioBenchmarkAsync(client.ClientId, client.Tier, usage, first, last, cancellationToken) : null;

        return new TrackUsageEngagementResult(
            client.ClientId,
            client.ClientName,
            client.Tier,
            new AnalysisPeriod(first, last, days, EnumCodes<TrendGranularity>.ToCode(trend), EnumCodes<UsageGranularity>.ToCode(series), usage?.SourceGranularity),
            usage,
            [.. Buckets(first, last, series).Select(b => UsageBucket.From(b.First, b.Last, UsageAggregate.Over(rows, b.First, b.Last)))],
            featureSummary,
            engagement,
            query.IncludeUserSegmentation && usage is not null ? UserSegmentation.Of(usage) : null,
            new PeriodComparison(previousFirst, previousLast, previous, changes),
            benchmark,
            UsageEngagementAlerts.From(usage, previous, featureSummary, engagement, anyLogin),
            MissingData(usage, previous, features.Count, engagement, anyLogin, last, DateOnly.FromDateTime(now), benchmark),
            Rules(),
            now);
    }

    private async Task<EngagementSummary> EngagementAsync(string clientId, DateTime start, DateTime endExclusive, DateOnly last, CancellationToken cancellationToken)
    {
        var events = db.EngagementEvents.AsNoTracking().Where(e => e.ClientId == clientId && e.OccurredAt < endExclusive);
        var counts = await events.Where(e => e.OccurredAt >= start).GroupBy(e => new { e.EventType, e.Direction })
            .Select(g => new { g.Key.EventType, g.Key.Direction, Count = g.Count() }).ToListAsync(cancellationToken);
        var lastEvent = await events.MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var lastLogin = await events.Where(e => e.EventType == EngagementType.Login).MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        return new EngagementSummary(
            counts.Sum(c => c.Count),
            Enum.GetValues<EngagementType>().ToDictionary(EnumCodes<EngagementType>.ToCode, t => counts.Where(c => c.EventType == t).Sum(c => c.Count)),
            Enum.GetValues<EngagementDirection>().ToDictionary(EnumCodes<EngagementDirection>.ToCode, d => counts.Where(c => c.Direction == d).Sum(c => c.Count)),
            lastEvent,
            lastLogin,
            lastLogin is { } at ? last.DayNumber - DateOnly.FromDateTime(at).DayNumber : null);
    }

    /// <summary>Daily: each day; weekly: 7-day blocks from the first day (the last one may be shorter); monthly: calendar months, clipped to the period.</summary>
    public static IEnumerable<(DateOnly First, DateOnly Last)> Buckets(DateOnly first, DateOnly last, UsageGranularity granularity)
    {
        for (var from = first; from <= last;)
        {
            var to = granularity switch
            {
                UsageGranularity.Daily => from,
                UsageGranularity.Weekly => from.AddDays(6),
                _ => new DateOnly(from.Year, from.Month, 1).AddMonths(1).AddDays(-1),
            };
            if (to > last)
                to = last;
            yield return (from, to);
            from = to.AddDays(1);
        }
    }

    private static List<MetricChange> Changes(UsageAggregate? usage, UsageAggregate? previous, int events, int previousEvents, int features, int previousFeatures) =>
    [
        MetricChange.Of("active_user_ratio", usage?.ActiveUserRatio, previous?.ActiveUserRatio),
        MetricChange.Of("average_active_users", usage?.AverageActiveUsers, previous?.AverageActiveUsers),
        MetricChange.Of("logins", usage?.Logins, previous?.Logins),
        MetricChange.Of("logins_per_active_user_per_week", usage?.LoginsPerActiveUserPerWeek, previous?.LoginsPerActiveUserPerWeek),
        MetricChange.Of("session_minutes", usage?.SessionMinutes, previous?.SessionMinutes),
        MetricChange.Of("actions", usage?.Actions, previous?.Actions),
        MetricChange.Of("engagement_events", events, previousEvents),
        MetricChange.Of("features_in_use", features, previousFeatures),
    ];

    private static List<string> MissingData(UsageAggregate? usage, UsageAggregate? previous, int featuresAvailable, EngagementSummary engagement,
        bool anyLogin, DateOnly last, DateOnly today, TierBenchmark? benchmark)
    {
        var missing = new List<string>();
        if (usage is null)
            missing.Add("usage: no stored usage period overlaps the period, so usage, the trend and user segments are missing (not zero).");
        else if (usage.DaysCovered < usage.DaysInRange)
            missing.Add($"usage: stored periods cover {usage.DaysCovered} of the {usage.DaysInRange} days; averages are over the covered days, totals only count them.");
        if (previous is null)
            missing.Add("comparison: no stored usage period overlaps the previous period, so the usage changes are no_data.");
        if (last > today)
            missing.Add($"the period ends after today ({today:yyyy-MM-dd}); days after today have no data yet.");
        if (featuresAvailable == 0)
            missing.Add("features: no catalogue feature is available to the client's tier by the period end.");
        if (engagement.EventsInPeriod == 0)
            missing.Add("engagement: no engagement event is stored in the period.");
        if (!anyLogin)
            missing.Add($"logins: no login event is stored up to the period end, so the {NoLoginAlertDays}-day no-login rule was not evaluated.");
        if (benchmark is { PeersWithData: 0 })
            missing.Add("benchmark: no other client of the tier has usage data in the period.");
        return missing;
    }

    private static List<string> Rules() =>
    [
        "usage: stored usage periods overlapping the period, finest stored granularity only; user counts are averaged weighted by the days each period shares with the range; logins, session minutes and actions are pro-rated by the share of the period's days inside the range.",
        "active_user_ratio = day-weighted active users / day-weighted licensed users; logins_per_active_user_per_week = logins / average active users / (days covered / 7); average_session_minutes = session minutes / logins.",
        "usage_trend: buckets of the asked granularity (weekly = 7-day blocks from period_start, monthly = calendar months), coarsened to the stored granularity when that is coarser, each aggregated by the same rule.",
        ClientUsageQueries.FeatureRule,
        "user segmentation: daily = average DAU; weekly_not_daily = WAU - DAU; monthly_not_weekly = MAU - WAU; inactive = licensed - active users (each at least 0).",
        $"comparison: the previous period of equal length ending the day before period_start; {MetricChange.TrendRule}.",
        ClientUsageQueries.BenchmarkRule,
        FormattableString.Invariant($"alerts: active_user_ratio_drop (high) when the ratio fell by more than {RatioDropAlert * 100:0}% versus the previous period; low_active_user_ratio (medium) below {LowRatioAlert}; ")
            + FormattableString.Invariant($"no_recent_login (medium) when the last login event is more than {NoLoginAlertDays} days before the period end; low_feature_adoption (low) when under {LowAdoptionAlert * 100:0}% of the available features are in use."),
    ];
}
