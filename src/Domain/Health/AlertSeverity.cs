namespace CsMcp.Domain.Health;

public enum AlertSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
