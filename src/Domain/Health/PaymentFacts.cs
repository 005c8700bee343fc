namespace CsMcp.Domain.Health;

/// <summary>The client's current contract (the latest by renewal date, as in the original).</summary>
/// <param name="PaymentStatus">The contract's payment standing.</param>
/// <param name="DaysUntilRenewal">Renewal date minus today in days; negative when the renewal date has passed.</param>
public sealed record PaymentFacts(PaymentStatus PaymentStatus, int DaysUntilRenewal);
