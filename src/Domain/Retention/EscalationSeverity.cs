namespace CsMcp.Domain.Retention;

public enum EscalationSeverity
{
    Critical,
    High,
    Medium,
    Low,
}
