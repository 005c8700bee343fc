namespace CsMcp.Application.Common.Interfaces;

/// <summary>Records health-score calculations (cs_mcp_health_score_calculation_seconds). Implemented over Prometheus in Infrastructure.</summary>
public interface IHealthMetrics
{
    /// <summary>One client's health score was calculated in <paramref name="elapsed"/>.</summary>
    void ObserveCalculation(TimeSpan elapsed);
}
