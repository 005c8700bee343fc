using CsMcp.Domain.Revenue;

namespace CsMcp.Domain.Tests.Revenue;

public sealed class ExpansionOpportunityTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_identified_opportunity_is_open_with_a_deterministic_id()
    {
        var opportunity = ExpansionOpportunity.Identify("cs_1_acme", ExpansionType.TierUpgrade, "Upgrade", 72_000m, 0.7m, null, "Ada", "identify_upsell_opportunities", Now);

        Assert.Equal(("opp_20260301_tier_upgrade_cs_1_acme", OpportunityStage.Identified, true, (DateTime?)null, 50_400m),
            (opportunity.OpportunityId, opportunity.Stage, opportunity.IsOpen, opportunity.ClosedAt, opportunity.WeightedValue));
    }

    [Fact]
    public void Closing_sets_closed_at_once_and_reopening_clears_it()
    {
        var opportunity = ExpansionOpportunity.Identify("cs_1_acme", ExpansionType.CrossSell, "Analytics", 12_000m, 0.5m, null, null, ExpansionOpportunity.ManualSource, Now);

        opportunity.MoveTo(OpportunityStage.ClosedLost, Now.AddDays(3));
        opportunity.MoveTo(OpportunityStage.ClosedWon, Now.AddDays(5));
        var closedAt = opportunity.ClosedAt;
        opportunity.MoveTo(OpportunityStage.Negotiation, Now.AddDays(6));

        Assert.Equal((Now.AddDays(3), (DateTime?)null, true, Now.AddDays(6)), (closedAt!.Value, opportunity.ClosedAt, opportunity.IsOpen, opportunity.UpdatedAt));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_probability_outside_0_to_1_is_refused(double probability) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            ExpansionOpportunity.Identify("cs_1_acme", ExpansionType.CrossSell, "Analytics", 12_000m, (decimal)probability, null, null, ExpansionOpportunity.ManualSource, Now));
}
