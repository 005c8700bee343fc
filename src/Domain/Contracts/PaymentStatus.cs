namespace CsMcp.Domain.Contracts;

/// <summary>
/// Payment standing of a contract. The original listed current/overdue/payment_plan/at_risk while its health score also
/// tested "late"; both are kept with one meaning each (see <see cref="PaymentStanding"/>).
/// </summary>
public enum PaymentStatus
{
    /// <summary>Nothing past due.</summary>
    Current,

    /// <summary>An invoice is past due by 1 to 30 days.</summary>
    Late,

    /// <summary>An invoice is past due by more than 30 days.</summary>
    Overdue,

    /// <summary>Past-due amounts are being paid down under an agreed plan.</summary>
    PaymentPlan,

    /// <summary>Payment is disputed or the payment method failed; collection is uncertain.</summary>
    AtRisk,
}
