namespace CsMcp.Domain.Metrics;

public enum MetricChartType
{
    Line,
    Area,
    Bar,
}
