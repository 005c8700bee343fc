using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Tests.Clients;

public sealed class TierLadderTests
{
    [Theory]
    [InlineData(ClientTier.Starter, ClientTier.Standard, 2.0, 10_000)]
    [InlineData(ClientTier.Standard, ClientTier.Professional, 2.5, 15_000)]
    [InlineData(ClientTier.Professional, ClientTier.Enterprise, 2.0, 10_000)]
    public void Each_tier_but_the_top_has_a_next_tier_and_an_expansion_value(ClientTier tier, ClientTier next, double multiplier, int expansion)
    {
        Assert.Equal((next, (decimal)multiplier), TierLadder.Upgrade(tier));
        Assert.Equal(expansion, TierLadder.ExpansionValue(tier, 10_000m));
    }

    [Fact]
    public void Enterprise_has_no_upgrade()
    {
        Assert.Null(TierLadder.Upgrade(ClientTier.Enterprise));
        Assert.Null(TierLadder.ExpansionValue(ClientTier.Enterprise, 10_000m));
    }
}
