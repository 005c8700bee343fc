using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Health.TrackFeatureAdoption;

public sealed record TrackFeatureAdoptionResult(
    DateTime ComputedAt,
    AdoptionScope Scope,
    decimal? OverallAdoptionRate,
    decimal? EverAdoptedRate,
    IReadOnlyList<FeatureAdoptionRow> FeatureAdoptionBreakdown,
    Page Pagination,
    IReadOnlyDictionary<string, AdoptionRate> AdoptionByTier,
    IReadOnlyDictionary<string, AdoptionRate> AdoptionByLifecycle,
    DayStats TimeToFirstAdoption,
    IReadOnlyList<HighValueFeature> HighValueFeatures,
    IReadOnlyList<UnderutilizedFeature> UnderutilizedFeatures,
    IReadOnlyList<OptimizationOpportunity>? OptimizationOpportunities,
    IReadOnlyList<ClientFeatureStatus>? ClientFeatures,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

public sealed record AdoptionScope(
    string? ClientId,
    string? FeatureId,
    AppliedScope FiltersApplied,
    int ClientsInScope,
    int FeaturesInScope,
    int TimePeriodDays,
    DateTime PeriodStart,
    decimal AdoptionThreshold);

/// <summary>
/// One feature. available_clients: clients in scope whose tier includes it and for whom it was released; active_adopters: those of them
/// who used it in the period (last_used_at in the window); ever_adopters: those who ever used it.
/// </summary>
public sealed record FeatureAdoptionRow(
    string FeatureId,
    string Name,
    FeatureCategory Category,
    ClientTier MinimumTier,
    DateOnly ReleasedOn,
    int AvailableClients,
    int ActiveAdopters,
    int EverAdopters,
    int NewAdoptersInPeriod,
    decimal? AdoptionRate,
    string Classification,
    decimal? MedianDaysToFirstAdoption,
    HealthAssociation HealthAssociation);

/// <summary>
/// Average stored health of active adopters vs available non-adopters, and the share of churned clients among ever-adopters vs
/// non-adopters. Null where a group has fewer than the minimum clients named in rules.
/// </summary>
public sealed record HealthAssociation(
    decimal? AdopterAverageHealth,
    decimal? NonAdopterAverageHealth,
    decimal? HealthLift,
    decimal? AdopterChurnRate,
    decimal? NonAdopterChurnRate);

public sealed record AdoptionRate(long AvailablePairs, long ActivePairs, decimal? Rate);

public sealed record HighValueFeature(string FeatureId, string Name, decimal HealthLift, decimal AdopterAverageHealth, decimal NonAdopterAverageHealth, decimal? AdoptionRate);

public sealed record UnderutilizedFeature(string FeatureId, string Name, FeatureCategory Category, decimal AdoptionRate, int AvailableClients, int ActiveAdopters);

public sealed record ClientFeatureStatus(
    string FeatureId,
    string Name,
    FeatureCategory Category,
    string Status,
    DateTime? FirstUsedAt,
    DateTime? LastUsedAt,
    int? ActiveUsers,
    int? DaysToFirstAdoption);

/// <param name="Kind">drive_adoption (an underutilized feature) or promote_high_value (a feature associated with higher health).</param>
public sealed record OptimizationOpportunity(string FeatureId, string Kind, string Action, string Evidence);
