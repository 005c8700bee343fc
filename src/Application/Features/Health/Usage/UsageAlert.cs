using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.Usage;

/// <summary>A usage rule that fired: its code, severity, what it means and the figures behind it.</summary>
public sealed record UsageAlert(string Code, AlertSeverity Severity, string Message, string Evidence);
