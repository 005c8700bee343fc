namespace CsMcp.Domain.Revenue;

/// <summary>
/// Replays <see cref="ArrChange"/> rows: a client's ARR on a day is the sum of its deltas effective on or before it.
/// The revenue tools (track_revenue_expansion, optimize_customer_lifetime_value) read ARR, NRR, GRR and the pipeline here.
/// </summary>
public static class ArrLedger
{
    public const string PipelineRule = "weighted pipeline = sum of estimated value x probability over open opportunities.";

    /// <summary>Each client's ARR at the end of <paramref name="day"/> (clients with changes only; 0 after churn).</summary>
    public static IReadOnlyDictionary<string, decimal> ArrOn(IEnumerable<ArrChange> changes, DateOnly day) =>
        changes.Where(c => c.EffectiveOn <= day)
            .GroupBy(c => c.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => c.Delta), StringComparer.Ordinal);

    /// <summary>Each client's ARR after all its changes.</summary>
    public static IReadOnlyDictionary<string, decimal> CurrentArr(IEnumerable<ArrChange> changes) => ArrOn(changes, DateOnly.MaxValue);

    /// <summary>The ledger of the days <paramref name="from"/> to <paramref name="to"/> inclusive (see <see cref="ArrMovement"/>).</summary>
    public static ArrMovement Over(IEnumerable<ArrChange> changes, DateOnly from, DateOnly to)
    {
        if (to < from)
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        var relevant = changes.Where(c => c.EffectiveOn <= to).ToList();
        var starting = ArrOn(relevant, from.AddDays(-1)).Where(p => p.Value > 0m).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        decimal newArr = 0m, expansion = 0m, contraction = 0m, churn = 0m;
        foreach (var change in relevant.Where(c => c.EffectiveOn >= from))
        {
            if (!starting.ContainsKey(change.ClientId) || change.Reason == ArrChangeReason.New)
            {
                newArr += change.Delta;
                continue;
            }

            switch (change.Reason)
            {
                case ArrChangeReason.Expansion:
                    expansion += change.Delta;
                    break;
                case ArrChangeReason.Contraction:
                    contraction -= change.Delta;
                    break;
                default:
                    churn -= change.Delta;
                    break;
            }
        }

        var ending = ArrOn(relevant, to);
        var startingArr = starting.Values.Sum();
        var churned = starting.Keys.Count(id => ending[id] <= 0m);
        return new ArrMovement(from, to, startingArr, newArr, expansion, contraction, churn, ending.Values.Sum(), starting.Count, churned);
    }

    /// <summary>Sum of estimated value x probability over the open opportunities, 2 decimals (see <see cref="PipelineRule"/>).</summary>
    public static decimal WeightedPipeline(IEnumerable<ExpansionOpportunity> opportunities) =>
        opportunities.Where(o => o.IsOpen).Sum(o => o.WeightedValue);
}
