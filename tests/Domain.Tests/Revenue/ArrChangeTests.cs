using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;

namespace CsMcp.Domain.Tests.Revenue;

public sealed class ArrChangeTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);
    private static readonly DateTime At = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, 12_000, ArrChangeReason.New, 12_000)]
    [InlineData(12_000, 15_000, ArrChangeReason.Expansion, 3_000)]
    [InlineData(15_000, 9_500, ArrChangeReason.Contraction, -5_500)]
    [InlineData(9_500, 0, ArrChangeReason.Churn, -9_500)]
    public void The_reason_and_delta_follow_from_the_values(int before, int after, ArrChangeReason reason, int delta)
    {
        var change = ArrChange.For("cs_1_a", "CNT-000001", Day, before, after, At)!;

        Assert.Equal((reason, (decimal)before, (decimal)after, (decimal)delta, Day, At), (change.Reason, change.ArrBefore, change.ArrAfter, change.Delta, change.EffectiveOn, change.RecordedAt));
    }

    [Fact]
    public void No_change_is_recorded_when_the_value_did_not_move() =>
        Assert.Null(ArrChange.For("cs_1_a", null, Day, 12_000m, 12_000m, At));

    [Fact]
    public void The_expansion_type_is_kept_only_on_an_expansion()
    {
        Assert.Equal(ExpansionType.TierUpgrade, ArrChange.For("cs_1_a", null, Day, 10_000m, 25_000m, At, ExpansionType.TierUpgrade)!.ExpansionType);
        Assert.Null(ArrChange.For("cs_1_a", null, Day, 25_000m, 10_000m, At, ExpansionType.TierUpgrade)!.ExpansionType);
        Assert.Null(ArrChange.For("cs_1_a", null, Day, 0m, 10_000m, At, ExpansionType.CrossSell)!.ExpansionType);
    }

    [Fact]
    public void Negative_arr_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ArrChange.For("cs_1_a", null, Day, -1m, 10m, At));

    [Fact]
    public void A_churned_client_counts_no_arr_and_its_status_change_is_a_churn()
    {
        var client = new Client { ClientId = "cs_1_a", ClientName = "A", NormalizedName = "A", CompanyName = "A", ContractValue = 48_000m };
        var before = ArrChange.ArrOf(client);
        client.Status = AccountStatus.Churned;

        var change = ArrChange.ForClient(client, before, Day, At)!;

        Assert.Equal((48_000m, 0m, ArrChangeReason.Churn, -48_000m, (string?)null), (before, ArrChange.ArrOf(client), change.Reason, change.Delta, change.ContractId));
    }
}
