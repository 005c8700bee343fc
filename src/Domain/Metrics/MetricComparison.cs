namespace CsMcp.Domain.Metrics;

/// <summary>A value against its benchmark, direction-aware: better is lower for the lower-is-better metrics.</summary>
public enum MetricComparison
{
    Better,
    Equal,
    Worse,
}
