using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;

namespace CsMcp.Domain.Retention;

/// <summary>One client's facts for the churn model: the current and previous lookback windows, renewal and payment.</summary>
/// <param name="Current">Health facts for the window ending today.</param>
/// <param name="Previous">Health facts for the window of the same length just before it.</param>
/// <param name="Overall">The current health score; null when health has no data.</param>
/// <param name="PreviousOverall">The previous window's health score; null when it had no data.</param>
/// <param name="DaysUntilRenewal">From the client's renewal date; negative when it has passed.</param>
public sealed record ChurnSignalFacts(
    HealthInputs Current,
    HealthInputs Previous,
    int? Overall,
    int? PreviousOverall,
    int DaysUntilRenewal,
    PaymentStatus? PaymentStatus);
