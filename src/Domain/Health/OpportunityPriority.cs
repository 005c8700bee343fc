namespace CsMcp.Domain.Health;

public enum OpportunityPriority
{
    Medium,
    High,
}
