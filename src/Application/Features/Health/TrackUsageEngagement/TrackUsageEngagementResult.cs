using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Health.TrackUsageEngagement;

public sealed record TrackUsageEngagementResult(
    string ClientId,
    string ClientName,
    ClientTier Tier,
    AnalysisPeriod AnalysisPeriod,
    UsageAggregate? Usage,
    IReadOnlyList<UsageBucket> UsageTrend,
    FeatureAdoptionSummary FeatureAdoption,
    EngagementSummary Engagement,
    UserSegmentation? UserSegmentation,
    PeriodComparison Comparison,
    TierBenchmark? Benchmark,
    IReadOnlyList<UsageAlert> Alerts,
    IReadOnlyList<string> MissingData,
    IReadOnlyList<string> Rules,
    DateTime ComputedAt);

/// <param name="Granularity">The granularity asked for.</param>
/// <param name="SeriesGranularity">The granularity of usage_trend: the asked one, or the stored one when that is coarser (finer buckets would only repeat pro-rated shares of one stored period).</param>
/// <param name="SourceGranularity">Granularity of the stored usage periods used (the finest stored one); null without usage data.</param>
public sealed record AnalysisPeriod(DateOnly Start, DateOnly End, int Days, string Granularity, string SeriesGranularity, string? SourceGranularity);

/// <summary>One bucket of the trend, aggregated like the period; the values are null when no stored period overlaps it (days_covered 0).</summary>
public sealed record UsageBucket(
    DateOnly Start,
    DateOnly End,
    int DaysCovered,
    decimal? AverageActiveUsers,
    decimal? ActiveUserRatio,
    decimal? Logins,
    decimal? SessionMinutes,
    decimal? Actions)
{
    public static UsageBucket From(DateOnly start, DateOnly end, UsageAggregate? usage) => usage is null
        ? new(start, end, 0, null, null, null, null, null)
        : new(start, end, usage.DaysCovered, usage.AverageActiveUsers, usage.ActiveUserRatio, usage.Logins, usage.SessionMinutes, usage.Actions);
}

/// <param name="FeaturesAvailable">Catalogue features the client's tier offers, released by the period end.</param>
/// <param name="FeaturesInUse">Of those, features first used by the period end and last used on or after the period start.</param>
public sealed record FeatureAdoptionSummary(int FeaturesAvailable, int FeaturesInUse, decimal? AdoptionRate, IReadOnlyList<FeatureUse>? Breakdown);

public sealed record EngagementSummary(
    int EventsInPeriod,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByDirection,
    DateTime? LastEventAt,
    DateTime? LastLoginAt,
    int? DaysSinceLastLogin);

public sealed record PeriodComparison(DateOnly PreviousStart, DateOnly PreviousEnd, UsageAggregate? PreviousUsage, IReadOnlyList<MetricChange> Changes);
