namespace CsMcp.Application.Features.Retention.ManageEscalations;

public enum EscalationAction
{
    Create,
    Update,
    Resolve,
    List,
    Close,
}
