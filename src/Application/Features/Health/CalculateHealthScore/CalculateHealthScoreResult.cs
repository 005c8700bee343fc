using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.CalculateHealthScore;

/// <summary>Either one client's explained score (mode client) or a portfolio recalculation (mode portfolio).</summary>
public sealed record CalculateHealthScoreResult(string Mode, ClientHealthScore? Client, PortfolioHealthRecalculation? Portfolio);

/// <param name="ModelNote">Says how the scoring model was applied (e.g. ml_predictive has no trained model).</param>
/// <param name="Snapshot">What was stored for today.</param>
/// <param name="Assessment">The engine's explained result: components with evidence and applied weights, overall, risk, trend, churn, drivers, opportunities, risk indicators and alerts.</param>
/// <param name="ComputedFrom">The window and the stored records counted in it.</param>
/// <param name="HistoricalScores">Stored snapshots from earlier days, oldest first (at most <see cref="CalculateHealthScoreHandler.HistoryLimit"/>, the latest ones).</param>
public sealed record ClientHealthScore(
    string ClientId,
    string ClientName,
    DateTime CalculationTimestamp,
    string ScoringModel,
    string ModelNote,
    HealthWeights ConfiguredWeights,
    SnapshotOutcome Snapshot,
    HealthAssessment Assessment,
    HealthFactsBasis ComputedFrom,
    IReadOnlyList<HistoricalScore> HistoricalScores,
    int HistoricalScoresTotal,
    HealthPrediction? Predictions);

/// <param name="Status">stored (new or replacing today's), unchanged (today's snapshot already holds this result) or not_stored (insufficient data).</param>
public sealed record SnapshotOutcome(string Status, long? SnapshotId, DateTime? CalculatedAt);

public sealed record HistoricalScore(DateTime Date, int HealthScore, HealthTrend Trend, int LookbackDays, string ScoringModel);

/// <param name="Status">projected, or not_enough_history.</param>
/// <param name="Method">How the projection was made.</param>
/// <param name="SlopePer30Days">Fitted change of the score per 30 days.</param>
public sealed record HealthPrediction(
    string Status,
    string Method,
    int PointsUsed,
    decimal? SlopePer30Days,
    IReadOnlyList<ProjectedScore> PredictedScores,
    string Note);

public sealed record ProjectedScore(DateOnly Date, decimal PredictedScore, string Scenario);

public sealed record PortfolioHealthRecalculation(
    DateTime CalculationTimestamp,
    string ScoringModel,
    string ModelNote,
    HealthWeights ConfiguredWeights,
    int LookbackPeriodDays,
    AppliedScope Filters,
    PortfolioHealthSummary Summary,
    IReadOnlyList<PortfolioClientScore> Clients,
    Page Pagination);

/// <param name="ByRiskLevel">Clients per band (low, medium, high, critical).</param>
/// <param name="InsufficientData">Clients with no component that has data: no score, nothing stored.</param>
public sealed record PortfolioHealthSummary(
    int ClientsMatched,
    int ClientsScored,
    int InsufficientData,
    int SnapshotsStored,
    decimal? AverageScore,
    IReadOnlyDictionary<string, int> ByRiskLevel,
    IReadOnlyDictionary<string, int> ByTrend,
    int ClientsWithAlerts,
    decimal ArrAtHighOrCriticalRisk);

public sealed record PortfolioClientScore(
    string ClientId,
    string ClientName,
    ClientTier Tier,
    LifecycleStage LifecycleStage,
    decimal Arr,
    int? HealthScore,
    RiskLevel? RiskLevel,
    HealthTrend? Trend,
    int? ScoreChange,
    decimal? ChurnProbability,
    string? TopNegativeDriver,
    IReadOnlyList<string> Alerts,
    IReadOnlyList<HealthComponent> ComponentsWithoutData);
