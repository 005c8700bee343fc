using CsMcp.Domain.Health;

namespace CsMcp.Domain.Retention;

/// <summary>One stored score_risk_factors run for a client: the overall risk and its six factor rows.</summary>
public sealed class RiskFactorAssessment
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public DateTime AssessedAt { get; set; }
    public int LookbackDays { get; set; }

    /// <summary>0-100, higher is riskier; null when no factor had data.</summary>
    public decimal? OverallRiskScore { get; set; }

    public RiskLevel? RiskLevel { get; set; }
    public List<RiskFactorScore> Factors { get; set; } = [];
}

/// <summary>One persisted risk indicator: a factor's score, weight and how it was derived.</summary>
public sealed class RiskFactorScore
{
    public long Id { get; set; }
    public long AssessmentId { get; set; }
    public required string ClientId { get; set; }
    public RiskFactor Factor { get; set; }

    /// <summary>0-100, higher is riskier; null when the factor had no data.</summary>
    public decimal? Score { get; set; }

    public decimal Weight { get; set; }
    public required string Derivation { get; set; }
    public DateTime AssessedAt { get; set; }
}
