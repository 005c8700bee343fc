namespace CsMcp.Domain.Metrics;

/// <summary>Calendar buckets of a metric series: day, ISO week (Monday to Sunday), calendar month, calendar quarter.</summary>
public enum MetricGranularity
{
    Daily,
    Weekly,
    Monthly,
    Quarterly,
}
