using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Retention.IdentifyChurnRisk;

public sealed record IdentifyChurnRiskResult(
    IReadOnlyList<AtRiskClient> AtRiskCustomers,
    Page Pagination,
    ChurnRiskSummary Summary,
    ChurnRiskFilters FiltersApplied,
    AnalysisWindow AnalysisWindow,
    int PredictionsStored,
    string Model);

/// <param name="ChurnProbability">Base probability from health plus the signals' uplifts, clamped to 0.05-0.95.</param>
/// <param name="Prediction">Null when include_predictions is false.</param>
public sealed record AtRiskClient(
    string ClientId,
    string ClientName,
    ClientTier Tier,
    LifecycleStage LifecycleStage,
    string? CsmAssigned,
    int HealthScore,
    int? PreviousHealthScore,
    decimal ChurnProbability,
    RiskLevel RiskLevel,
    decimal BaseProbability,
    string ProbabilityBasis,
    decimal Arr,
    DateOnly RenewalDate,
    int DaysUntilRenewal,
    ChurnForecast? Prediction,
    IReadOnlyList<RiskFactorEvidence> RiskFactors,
    IReadOnlyList<string> RecommendedInterventions);

/// <param name="Source">churn_signal (adds uplift to the probability) or health_indicator (already in the health score).</param>
public sealed record RiskFactorEvidence(string Factor, string Source, string Severity, decimal Uplift, string Evidence);

/// <param name="TotalAnalyzed">Clients matching the filters (churned clients are never analyzed).</param>
/// <param name="WithoutHealthData">Of those, clients whose health had no data: no probability, never listed.</param>
/// <param name="TotalArrAtRisk">Sum of the ARR of the at-risk clients.</param>
/// <param name="ExpectedArrLoss">Sum of arr x probability over the at-risk clients.</param>
public sealed record ChurnRiskSummary(
    int TotalAnalyzed,
    int WithoutHealthData,
    int AtRiskCount,
    decimal AtRiskPercentage,
    decimal TotalArrAtRisk,
    decimal ExpectedArrLoss,
    IReadOnlyDictionary<string, int> ByRiskLevel,
    IReadOnlyDictionary<string, int> ByTier,
    IReadOnlyDictionary<string, int> SignalCounts);

/// <param name="ExpectedArrLoss">arr x churn_probability.</param>
/// <param name="PredictedChurnDate">The renewal date when the probability is 0.50 or more (churn happens at a renewal not made); else null.</param>
public sealed record ChurnForecast(decimal ExpectedArrLoss, DateOnly? PredictedChurnDate);

public sealed record ChurnRiskFilters(string? ClientId, AppliedScope Scope, decimal ChurnProbabilityThreshold, int? HealthScoreThreshold);

public sealed record AnalysisWindow(DateTime Start, DateTime End, DateTime PreviousStart, DateTime PreviousEnd, int LookbackDays);
