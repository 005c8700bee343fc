using CsMcp.Domain.Clients;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>The original's automated alerts, computed from the assessment (timestamps are the caller's business).</summary>
public static class HealthAlertRules
{
    /// <summary>Below the risk threshold the alert is medium; below 50 (critical band) it is high.</summary>
    public const int HighSeverityBelow = 50;

    /// <summary>Churn probability above 0.60 raises a critical alert.</summary>
    public const decimal HighChurnProbabilityAbove = 0.60m;

    /// <summary>Three or more risk indicators at once raise an alert of their own.</summary>
    public const int MultipleIndicatorsFrom = 3;

    internal static IReadOnlyList<HealthAlert> Find(int? overall, decimal riskThreshold, HealthTrend? trend, int? change, int? previousOverall,
        ChurnRisk? churn, IReadOnlyList<RiskIndicator> indicators)
    {
        List<HealthAlert>? alerts = null;
        if (overall is { } score && score < riskThreshold)
        {
            var severity = score < HighSeverityBelow ? AlertSeverity.High : AlertSeverity.Medium;
            (alerts ??= new(4)).Add(new HealthAlert(HealthAlertType.HealthBelowThreshold, severity,
                $"Health {score} is below the risk threshold {Text(riskThreshold)}."));
        }

        if (trend == HealthTrend.Declining && change is { } delta)
        {
            (alerts ??= new(4)).Add(new HealthAlert(HealthAlertType.DecliningHealthTrend, AlertSeverity.High,
                $"Health declined {-delta} points since the previous score ({previousOverall} -> {overall})."));
        }

        if (churn is { } risk && risk.Probability > HighChurnProbabilityAbove)
        {
            (alerts ??= new(4)).Add(new HealthAlert(HealthAlertType.HighChurnRisk, AlertSeverity.Critical,
                $"Churn probability {Text(risk.Probability)} is above {Text(HighChurnProbabilityAbove)}."));
        }

        if (indicators.Count >= MultipleIndicatorsFrom)
        {
            var names = new string[indicators.Count];
            for (var i = 0; i < names.Length; i++)
                names[i] = IndicatorCode(indicators[i].Type);
            (alerts ??= new(4)).Add(new HealthAlert(HealthAlertType.MultipleRiskIndicators, AlertSeverity.High,
                $"{indicators.Count} risk indicators at once: {string.Join(", ", names)}."));
        }

        return alerts ?? (IReadOnlyList<HealthAlert>)[];
    }

    private static string IndicatorCode(RiskIndicatorType type) => type switch
    {
        RiskIndicatorType.LowEngagement => "low_engagement",
        RiskIndicatorType.LowUsage => "low_usage",
        RiskIndicatorType.SupportIssues => "support_issues",
        _ => "declining_health",
    };
}
