namespace CsMcp.Domain.Metrics;

public enum MetricTrend
{
    Up,
    Down,
    Flat,
}
