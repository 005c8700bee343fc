namespace CsMcp.Domain.Health;

/// <summary>A rule of the original that fired, with the value that fired it and the threshold it crossed.</summary>
public sealed record RiskIndicator(
    RiskIndicatorType Type,
    AlertSeverity Severity,
    decimal CurrentValue,
    decimal Threshold,
    string Message);
