namespace CsMcp.Domain.Health;

/// <summary>A contract's payment standing (the original's PaymentStatus plus <c>late</c>, which its health scoring checks).</summary>
public enum PaymentStatus
{
    Current,
    Overdue,
    Late,
    PaymentPlan,
    AtRisk,
}
