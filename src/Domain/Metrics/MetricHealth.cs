namespace CsMcp.Domain.Metrics;

public enum MetricHealth
{
    Excellent,
    Good,
    Fair,
    Poor,
}
