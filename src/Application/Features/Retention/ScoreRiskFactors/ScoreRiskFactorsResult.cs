using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.ScoreRiskFactors;

/// <param name="OverallRiskScore">Weighted average of the factor scores with data (0-100, higher is riskier); null when none had data.</param>
/// <param name="RiskLevel">critical from 75, high from 50, medium from 25, else low.</param>
/// <param name="ChurnProbability">identify_churn_risk's probability for this client; null when health had no data.</param>
/// <param name="AssessmentId">The stored assessment's row id (risk_assessments.id).</param>
public sealed record ScoreRiskFactorsResult(
    string ClientId,
    string ClientName,
    DateTime AssessedAt,
    int LookbackDays,
    decimal? OverallRiskScore,
    RiskLevel? RiskLevel,
    string OverallFormula,
    int? HealthScore,
    decimal? ChurnProbability,
    string ChurnBasis,
    IReadOnlyList<FactorView> RiskFactors,
    string? RedistributionNote,
    IReadOnlyList<WarningView> EarlyWarningIndicators,
    IReadOnlyList<RiskFactor> ProtectiveFactors,
    IReadOnlyList<string> RecommendedActions,
    long AssessmentId);

/// <param name="Weighted">score x weight, 2 decimals; null without data.</param>
public sealed record FactorView(RiskFactor Factor, decimal? Score, decimal Weight, decimal? Weighted, string Derivation);

/// <param name="Source">risk_factor or health_alert.</param>
public sealed record WarningView(string Source, string Indicator, string Severity, string Message);
