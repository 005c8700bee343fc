namespace CsMcp.Domain.Health;

public enum HealthAlertType
{
    HealthBelowThreshold,
    DecliningHealthTrend,
    HighChurnRisk,
    MultipleRiskIndicators,
}
