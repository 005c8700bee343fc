namespace CsMcp.Domain.Health;

/// <summary>The five parts of the health score, in the order they are always reported.</summary>
public enum HealthComponent
{
    Usage,
    Engagement,
    Support,
    Satisfaction,
    Payment,
}
