namespace CsMcp.Domain.Clients;

/// <summary>The original's eight event types, plus account (profile changes) and lifecycle (stage moves).</summary>
public enum TimelineEventType
{
    Account,
    Contract,
    Onboarding,
    Support,
    Usage,
    Health,
    Communication,
    Renewal,
    Product,
    Lifecycle,
}
