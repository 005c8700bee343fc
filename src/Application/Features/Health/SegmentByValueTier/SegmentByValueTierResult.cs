using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Health.SegmentByValueTier;

public sealed record SegmentByValueTierResult(
    DateTime ComputedAt,
    string TierSource,
    AppliedScope FiltersApplied,
    int TotalClients,
    decimal TotalArr,
    IReadOnlyList<ValueTierSummary> Tiers,
    IReadOnlyList<VipClient>? Vips,
    IReadOnlyList<UpgradeCandidate> UpgradeCandidates,
    IReadOnlyList<DowngradeRisk> DowngradeRisks,
    ResourcePlan? ResourcePlan,
    IReadOnlyList<TieredClient> Clients,
    Page Pagination,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

/// <summary>
/// One ARR tier. Counts, ARR and health come from the clients; NPS from their NPS answers in the last 90 days; contract length
/// from every stored contract term of the tier's clients (end - start + 1 days). Null where there is no data.
/// </summary>
public sealed record ValueTierSummary(
    string TierId,
    string Name,
    decimal MinArr,
    decimal? MaxArr,
    int ClientCount,
    decimal TotalArr,
    decimal? AverageArr,
    decimal? ShareOfArrPercent,
    decimal? AverageHealthScore,
    int ScoredClients,
    decimal? Nps,
    int NpsResponses,
    decimal? AverageContractLengthDays,
    decimal? AverageContractLengthMonths,
    int ContractsMeasured,
    IReadOnlyDictionary<string, int> ByProductTier,
    ServicePolicy? ServicePolicy);

/// <summary>Stated policy for the tier (from the reference or tier_definitions), not a measurement.</summary>
public sealed record ServicePolicy(string? ServiceLevel, int? ClientsPerCsm, int? ResponseSlaHours, decimal? CsmAnnualCost, string Basis);

public sealed record VipClient(string ClientId, string ClientName, string TierId, decimal ContractValue, int? HealthScore, LifecycleStage LifecycleStage, IReadOnlyList<string> Reasons);

public sealed record UpgradeCandidate(string ClientId, string ClientName, string TierId, string? NextTierId, decimal ContractValue, decimal ArrGapToNextTier, int HealthScore, LifecycleStage LifecycleStage);

public sealed record DowngradeRisk(string ClientId, string ClientName, string TierId, decimal ContractValue, int HealthScore, decimal RiskScore, string Severity, LifecycleStage LifecycleStage);

/// <summary>CSMs needed per tier = ceil(clients / clients_per_csm) of the stated policy; cost = CSMs x csm_annual_cost.</summary>
public sealed record ResourcePlan(IReadOnlyList<TierCoverage> Tiers, int TotalCsmsNeeded, decimal TotalEstimatedAnnualCost, string Basis);

public sealed record TierCoverage(string TierId, int ClientCount, int? ClientsPerCsm, int CsmsNeeded, decimal EstimatedAnnualCost);

public sealed record TieredClient(string ClientId, string ClientName, string TierId, decimal ContractValue, int? HealthScore, ClientTier ProductTier, LifecycleStage LifecycleStage);
