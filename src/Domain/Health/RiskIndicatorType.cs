namespace CsMcp.Domain.Health;

public enum RiskIndicatorType
{
    LowEngagement,
    LowUsage,
    SupportIssues,
    DecliningHealth,
}
