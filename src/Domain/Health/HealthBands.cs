using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Health;

/// <summary>The original's risk bands on the overall score and its trend rule.</summary>
public static class HealthBands
{
    /// <summary>80 and above: low risk.</summary>
    public const int LowRiskFrom = 80;

    /// <summary>65-79: medium risk.</summary>
    public const int MediumRiskFrom = 65;

    /// <summary>50-64: high risk; below 50 critical.</summary>
    public const int HighRiskFrom = 50;

    /// <summary>
    /// The original's at-risk line: a health score below 60 puts a client at risk. It is the health_below_threshold alert's
    /// default, the health_score retention trigger's default, the lifecycle at_risk rule, the post-mortem's "health below 60"
    /// sign and the value tiers' downgrade risk. (The risk bands above are a separate ladder.)
    /// </summary>
    public const int AtRiskBelow = 60;

    /// <summary>The original churn monitor's critical line: a health score below 40 is a critical churn alert.</summary>
    public const int CriticalAlertBelow = 40;

    /// <summary>A change of more than 3 points either way is a trend; within +/- 3 is noise (stable).</summary>
    public const int TrendThreshold = 3;

    public static RiskLevel RiskLevelFor(int overall) => overall switch
    {
        >= LowRiskFrom => RiskLevel.Low,
        >= MediumRiskFrom => RiskLevel.Medium,
        >= HighRiskFrom => RiskLevel.High,
        _ => RiskLevel.Critical,
    };

    /// <summary>Trend from the change against the previous score; no previous score (null) is stable.</summary>
    public static HealthTrend TrendFor(int? change) => change switch
    {
        > TrendThreshold => HealthTrend.Improving,
        < -TrendThreshold => HealthTrend.Declining,
        _ => HealthTrend.Stable,
    };

    internal static string Code(RiskLevel level) => level switch
    {
        RiskLevel.Low => "low",
        RiskLevel.Medium => "medium",
        RiskLevel.High => "high",
        _ => "critical",
    };

    internal static string Code(HealthTrend trend) => trend switch
    {
        HealthTrend.Improving => "improving",
        HealthTrend.Declining => "declining",
        _ => "stable",
    };
}
