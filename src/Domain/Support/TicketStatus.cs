namespace CsMcp.Domain.Support;

public enum TicketStatus
{
    Open,
    InProgress,
    WaitingOnCustomer,
    WaitingOnEngineering,
    Resolved,
    Closed,
    Reopened,
}
