using CsMcp.Application.Common.Interfaces;

namespace CsMcp.Infrastructure.Monitoring;

/// <summary>cs_mcp_health_score_calculation_seconds: one observation per client whose health score was calculated.</summary>
public sealed class PrometheusHealthMetrics(CsMcpMetrics metrics) : IHealthMetrics
{
    public void ObserveCalculation(TimeSpan elapsed) => metrics.HealthScoreCalculation.Observe(elapsed.TotalSeconds);
}
