namespace CsMcp.Domain.Health;

/// <summary>Something a customer-success manager should act on; the message carries the numbers behind it.</summary>
public sealed record HealthAlert(HealthAlertType Type, AlertSeverity Severity, string Message);
