using CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Feedback.AnalyzeProductUsage;

public sealed record AnalyzeProductUsageResult(
    string ClientId,
    string ClientName,
    ClientTier Tier,
    PeriodView Period,
    UsageDataSource DataSource,
    UsageAggregate? UsageAnalytics,
    ProductUsageSummary Summary,
    FeatureInsights? FeatureInsights,
    UserInsights? UserInsights,
    AdoptionAnalysis? AdoptionAnalysis,
    TierBenchmark? Benchmarks,
    IReadOnlyList<MetricChange> Trends,
    ExpansionOpportunities Opportunities,
    IReadOnlyList<UsageAlert> RiskIndicators,
    IReadOnlyList<string> Recommendations,
    string ComputedFrom,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> MissingData);

/// <param name="Source">mixpanel when a Mixpanel sync of the client is recorded, else stored.</param>
public sealed record UsageDataSource(string Source, DateTime? LastSyncedAt, int UsagePeriods, int DaysCovered);

/// <param name="UsageHealthScore">0-100 by the usage health rule; null when usage or the feature catalogue is missing.</param>
/// <param name="TotalUsageEvents">Stored actions pro-rated to the period.</param>
/// <param name="Sessions">Stored logins pro-rated to the period.</param>
/// <param name="FeatureUtilization">Features in use / features available, 0-1.</param>
/// <param name="UsageTrend">Trend of actions per covered day vs the previous period: up, down, flat or no_data.</param>
/// <param name="GrowthRate">Relative change of actions per covered day.</param>
public sealed record ProductUsageSummary(
    int? UsageHealthScore,
    decimal? TotalUsageEvents,
    decimal? ActiveUsers,
    decimal? Sessions,
    decimal? FeatureUtilization,
    string UsageTrend,
    decimal? GrowthRate);

/// <param name="MostUsed">In-use features with the most active users (up to 5).</param>
/// <param name="Underutilized">Available features not in use in the period.</param>
/// <param name="RecentlyAdopted">Features first used in the period.</param>
public sealed record FeatureInsights(
    int FeaturesAvailable,
    int FeaturesInUse,
    decimal? AdoptionRate,
    IReadOnlyList<FeatureUse> MostUsed,
    IReadOnlyList<FeatureUse> Underutilized,
    IReadOnlyList<FeatureUse> RecentlyAdopted);

/// <param name="PowerUsers">Average daily active users.</param>
/// <param name="AtRiskUsers">Active in the month but not weekly (MAU - WAU).</param>
/// <param name="InactiveUsers">Licensed users not active in the period.</param>
public sealed record UserInsights(decimal TotalUsers, decimal PowerUsers, decimal AtRiskUsers, decimal InactiveUsers, UserSegmentation Segments);

/// <param name="FeatureUserAdoption">Average over in-use features of the feature's active users / the client's average active users (each capped at 1).</param>
public sealed record AdoptionAnalysis(decimal? FeatureUserAdoption, IReadOnlyList<CategoryAdoption> ByCategory);

public sealed record CategoryAdoption(FeatureCategory Category, int FeaturesAvailable, int FeaturesInUse, decimal? Utilization);

public sealed record ExpansionOpportunities(IReadOnlyList<ExpansionOpportunity> Expansion, decimal EstimatedArrPotential);

/// <param name="Type">tier_upgrade or seat_expansion.</param>
public sealed record ExpansionOpportunity(string Type, string Evidence, decimal EstimatedArr);
