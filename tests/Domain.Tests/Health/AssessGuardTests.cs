using CsMcp.Domain.Health;
using static CsMcp.Domain.Tests.Health.HealthFixtures;

namespace CsMcp.Domain.Tests.Health;

public class AssessGuardTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Lookback_must_be_1_to_365(int lookback)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assess(Example with { LookbackDays = lookback }));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Previous_overall_must_be_a_score(int previous)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assess(Example, previous));
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(100.5)]
    public void Risk_threshold_must_be_0_to_100(decimal threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assess(Example, riskThreshold: threshold));
    }

    [Fact]
    public void Invalid_facts_surface_from_assess()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Assess(Example with { Support = new SupportFacts(-1, 0) }));
    }

    [Fact]
    public void Usage_without_a_seat_count_is_reported_as_no_data_and_redistributed()
    {
        var assessment = Assess(Example with { Usage = new UsageFacts(0, 10m, 3m, 4, 20) });

        var usage = assessment.Component(HealthComponent.Usage);
        Assert.Equal(ComponentStatus.NoData, usage.Status);
        Assert.Equal("No licensed-user count is recorded, so the active-user ratio cannot be computed.", usage.Explanation);
        Assert.Equal([HealthComponent.Usage], assessment.ComponentsWithoutData);
        Assert.StartsWith("usage has no data; its weight 0.35 was spread", assessment.RedistributionNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_inputs_give_the_same_assessment()
    {
        var first = Assess(Example, previous: 70);
        var second = Assess(Example, previous: 70);

        Assert.Equal(first.Overall, second.Overall);
        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.Components.Select(c => c.Explanation), second.Components.Select(c => c.Explanation));
    }
}
