using CsMcp.Domain.Common;

namespace CsMcp.Domain.Revenue;

/// <summary>
/// The ARR ledger of a period: the cohort's starting ARR (clients with ARR the day before the period), its expansion,
/// contraction and churn, the new ARR (clients without ARR at the start, and returning clients) and the ending ARR.
/// Ending = Starting + New + Expansion - Contraction - Churn. Amounts are positive.
/// </summary>
public sealed record ArrMovement(
    DateOnly From,
    DateOnly To,
    decimal StartingArr,
    decimal NewArr,
    decimal Expansion,
    decimal Contraction,
    decimal Churn,
    decimal EndingArr,
    int StartingClients,
    int ChurnedClients)
{
    public const string NrrRule = "NRR = (starting ARR + expansion - contraction - churn) / starting ARR of the cohort; null when starting ARR is 0.";
    public const string GrrRule = "GRR = (starting ARR - contraction - churn) / starting ARR of the cohort; null when starting ARR is 0.";

    /// <summary>Net revenue retention, 4 decimals; null when the cohort started with no ARR.</summary>
    public decimal? NetRevenueRetention => RetentionOf(StartingArr + Expansion - Contraction - Churn);

    /// <summary>Gross revenue retention, 4 decimals; null when the cohort started with no ARR.</summary>
    public decimal? GrossRevenueRetention => RetentionOf(StartingArr - Contraction - Churn);

    private decimal? RetentionOf(decimal retained) => StartingArr == 0m ? null : Rounding.Ratio(retained / StartingArr);
}
