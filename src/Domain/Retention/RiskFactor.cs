namespace CsMcp.Domain.Retention;

/// <summary>The six risk factors of score_risk_factors, in the reference's order.</summary>
public enum RiskFactor
{
    UsageDecline,
    LowEngagement,
    SupportVolume,
    PaymentHealth,
    Satisfaction,
    ContractHealth,
}
