namespace CsMcp.Domain.Metrics;

/// <summary>The customer-success metrics track_cs_metrics follows over time (the original's metric_type codes).</summary>
public enum CsMetric
{
    Nps,
    Csat,
    Ces,
    ChurnRate,
    RetentionRate,
    ExpansionRate,
    TimeToValue,
    FeatureAdoption,
    EngagementScore,
    HealthScore,
    SupportSatisfaction,
}
