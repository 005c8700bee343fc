namespace CsMcp.Domain.Clients;

public enum EventSeverity
{
    Low,
    Medium,
    High,
}
