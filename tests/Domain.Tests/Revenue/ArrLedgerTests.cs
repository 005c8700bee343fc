using CsMcp.Domain.Revenue;

namespace CsMcp.Domain.Tests.Revenue;

public sealed class ArrLedgerTests
{
    private static readonly DateOnly From = new(2026, 1, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    /// <summary>
    /// Before the period: A 100,000, B 50,000, C 20,000 (start 170,000, 3 clients). In it: A +20,000 (expansion),
    /// B -10,000 (contraction), C churns (-20,000), D new at 30,000 then +5,000; E starts after the period.
    /// </summary>
    private static List<ArrChange> Changes() =>
    [
        Change("A", 2025, 3, 1, 0, 100_000),
        Change("B", 2025, 6, 1, 0, 50_000),
        Change("C", 2025, 12, 31, 0, 20_000),
        Change("A", 2026, 2, 1, 100_000, 120_000),
        Change("B", 2026, 1, 1, 50_000, 40_000),
        Change("C", 2026, 3, 31, 20_000, 0),
        Change("D", 2026, 2, 15, 0, 30_000),
        Change("D", 2026, 3, 1, 30_000, 35_000),
        Change("E", 2026, 4, 1, 0, 9_000),
    ];

    [Fact]
    public void The_period_ledger_splits_the_cohort_movements_from_new_arr()
    {
        var movement = ArrLedger.Over(Changes(), From, To);

        Assert.Equal(new ArrMovement(From, To, 170_000m, 35_000m, 20_000m, 10_000m, 20_000m, 195_000m, 3, 1), movement);
        Assert.Equal(movement.StartingArr + movement.NewArr + movement.Expansion - movement.Contraction - movement.Churn, movement.EndingArr);
    }

    [Fact]
    public void Nrr_and_grr_are_over_the_starting_cohort()
    {
        var movement = ArrLedger.Over(Changes(), From, To);

        // NRR (170,000 + 20,000 - 10,000 - 20,000) / 170,000 = 0.94117..; GRR (170,000 - 10,000 - 20,000) / 170,000 = 0.82352..
        Assert.Equal((0.9412m, 0.8235m), (movement.NetRevenueRetention, movement.GrossRevenueRetention));
    }

    [Fact]
    public void Retention_is_null_when_the_cohort_started_without_arr()
    {
        var movement = ArrLedger.Over([Change("D", 2026, 2, 15, 0, 30_000)], From, To);

        Assert.Equal((0m, 30_000m, 30_000m, (decimal?)null, (decimal?)null),
            (movement.StartingArr, movement.NewArr, movement.EndingArr, movement.NetRevenueRetention, movement.GrossRevenueRetention));
    }

    [Fact]
    public void A_returning_client_counts_as_new_arr()
    {
        var changes = new List<ArrChange> { Change("A", 2025, 3, 1, 0, 10_000), Change("A", 2026, 1, 10, 10_000, 0), Change("A", 2026, 2, 10, 0, 8_000) };

        var movement = ArrLedger.Over(changes, From, To);

        Assert.Equal((10_000m, 10_000m, 8_000m, 8_000m, 0), (movement.StartingArr, movement.Churn, movement.NewArr, movement.EndingArr, movement.ChurnedClients));
    }

    [Fact]
    public void Current_arr_replays_every_change_and_arr_on_a_day_stops_there()
    {
        var current = ArrLedger.CurrentArr(Changes());
        var onNewYear = ArrLedger.ArrOn(Changes(), From);

        Assert.Equal(new Dictionary<string, decimal> { ["A"] = 120_000m, ["B"] = 40_000m, ["C"] = 0m, ["D"] = 35_000m, ["E"] = 9_000m }, current);
        Assert.Equal(new Dictionary<string, decimal> { ["A"] = 100_000m, ["B"] = 40_000m, ["C"] = 20_000m }, onNewYear);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => ArrLedger.Over([], To, From));

    [Fact]
    public void The_weighted_pipeline_sums_value_times_probability_of_open_opportunities()
    {
        var now = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
        var users = ExpansionOpportunity.Identify("A", ExpansionType.UserExpansion, "30 more users", 36_000m, 0.80m, null, null, ExpansionOpportunity.ManualSource, now);
        var upgrade = ExpansionOpportunity.Identify("A", ExpansionType.TierUpgrade, "Enterprise", 72_000m, 0.70m, null, null, ExpansionOpportunity.ManualSource, now);
        var won = ExpansionOpportunity.Identify("B", ExpansionType.CrossSell, "Analytics", 10_000m, 0.9m, null, null, ExpansionOpportunity.ManualSource, now);
        won.MoveTo(OpportunityStage.ClosedWon, now);

        // The reference's example, 36,000 x 0.80 + 72,000 x 0.70 = 28,800 + 50,400 = 79,200 (its mock printed 82,800, a slip);
        // the won one is no longer pipeline.
        Assert.Equal(79_200m, ArrLedger.WeightedPipeline([users, upgrade, won]));
    }

    private static ArrChange Change(string client, int year, int month, int day, decimal before, decimal after) =>
        ArrChange.For(client, null, new DateOnly(year, month, day), before, after, new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Utc))!;
}
