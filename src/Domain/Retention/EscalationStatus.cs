namespace CsMcp.Domain.Retention;

/// <summary>open -> in_progress -> resolved -> closed; resolved and closed stop the SLA clock.</summary>
public enum EscalationStatus
{
    Open,
    InProgress,
    Resolved,
    Closed,
}
