using CsMcp.Domain.Health;
using static CsMcp.Domain.Tests.Health.HealthFixtures;

namespace CsMcp.Domain.Tests.Health;

public class DriversAndOpportunitiesTests
{
    [Fact]
    public void Drivers_are_ordered_by_impact()
    {
        // usage 90, engagement 85 (0.6 x 85 + 0.4 x 85), support 50, satisfaction 40 (NPS -20), payment 100.
        var inputs = new HealthInputs(UsageAt(90m), new EngagementFacts(2, 17, 150), new SupportFacts(20, 5),
            new SatisfactionFacts(1, 2, 2, null, 0), new PaymentFacts(PaymentStatus.Current, 90), Lookback);

        var assessment = Assess(inputs);

        Assert.Equal([90m, 85m, 50m, 40m, 100m], assessment.Components.Select(c => c.Score!.Value));
        Assert.Equal([HealthComponent.Usage, HealthComponent.Engagement, HealthComponent.Payment], assessment.PositiveDrivers.Select(d => d.Component));
        Assert.Equal([31.5m, 21.25m, 10m], assessment.PositiveDrivers.Select(d => d.Impact));
        Assert.Equal([HealthComponent.Satisfaction, HealthComponent.Support], assessment.NegativeDrivers.Select(d => d.Component));
        Assert.Equal([9m, 7.5m], assessment.NegativeDrivers.Select(d => d.Impact));
    }

    [Theory]
    [InlineData(80, true, false)]
    [InlineData(79.9, false, false)]
    [InlineData(70, false, false)]
    [InlineData(69.9, false, true)]
    public void Driver_edges(decimal usage, bool positive, bool negative)
    {
        var assessment = Assess(OnlyUsage(usage));

        Assert.Equal(positive, assessment.PositiveDrivers.Count == 1);
        Assert.Equal(negative, assessment.NegativeDrivers.Count == 1);
    }

    [Fact]
    public void Equal_impacts_keep_component_order()
    {
        var inputs = new HealthInputs(null, null, new SupportFacts(20, 5), new SatisfactionFacts(0, 0, 0, 3m, 1), null, Lookback);

        var assessment = Assess(inputs);

        Assert.Equal([HealthComponent.Support, HealthComponent.Satisfaction], assessment.NegativeDrivers.Select(d => d.Component));
        Assert.Equal([25m, 25m], assessment.NegativeDrivers.Select(d => d.Impact));
    }

    [Theory]
    [InlineData(85, 0)]
    [InlineData(84.9, 1)]
    public void Only_components_below_85_are_opportunities(decimal usage, int expected)
    {
        Assert.Equal(expected, Assess(OnlyUsage(usage)).Opportunities.Count);
    }

    [Theory]
    [InlineData(69.9, OpportunityPriority.High)]
    [InlineData(70, OpportunityPriority.Medium)]
    public void Opportunity_priority_is_high_below_70(decimal usage, OpportunityPriority expected)
    {
        Assert.Equal(expected, Assert.Single(Assess(OnlyUsage(usage)).Opportunities).Priority);
    }

    [Fact]
    public void At_most_three_opportunities_lowest_first()
    {
        var inputs = new HealthInputs(UsageAt(60m), new EngagementFacts(null, 0, 30), new SupportFacts(20, 5),
            new SatisfactionFacts(0, 0, 0, 4m, 3), new PaymentFacts(PaymentStatus.Overdue, 10), Lookback);

        var assessment = Assess(inputs);

        Assert.Equal([60m, 18m, 50m, 75m, 50m], assessment.Components.Select(c => c.Score!.Value));
        // engagement 18, then support 50 and payment 50 (component order on a tie); usage 60 and satisfaction 75 are left out.
        Assert.Equal([HealthComponent.Engagement, HealthComponent.Support, HealthComponent.Payment], assessment.Opportunities.Select(o => o.Component));
        Assert.Equal([16.8m, 5.3m, 3.5m], assessment.Opportunities.Select(o => o.PotentialImpact));
        Assert.All(assessment.Opportunities, o => Assert.Equal(85m, o.TargetScore));
    }
}
