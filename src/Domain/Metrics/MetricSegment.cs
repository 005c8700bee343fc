namespace CsMcp.Domain.Metrics;

/// <summary>What a metric can be broken down by: the client's tier or its industry.</summary>
public enum MetricSegment
{
    Tier,
    Industry,
}
