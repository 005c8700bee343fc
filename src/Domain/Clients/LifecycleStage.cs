namespace CsMcp.Domain.Clients;

public enum LifecycleStage
{
    Onboarding,
    Active,
    AtRisk,
    Churned,
    Expansion,
    Renewal,
}
