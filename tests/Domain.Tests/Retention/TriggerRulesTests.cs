using CsMcp.Domain.Retention;

namespace CsMcp.Domain.Tests.Retention;

public class TriggerRulesTests
{
    private static TriggerFacts Facts(int? health = 70, decimal? now = 40m, decimal? before = 40m, int? lowestNps = null, int renewal = 200) =>
        new(health, now, before, lowestNps, renewal);

    [Theory]
    [InlineData(RetentionTriggerType.HealthScore, 60)]
    [InlineData(RetentionTriggerType.UsageDecline, 20)]
    [InlineData(RetentionTriggerType.NpsDetractor, 6)]
    [InlineData(RetentionTriggerType.RenewalRisk, 70)]
    public void Default_thresholds(RetentionTriggerType type, int threshold) => Assert.Equal(threshold, TriggerRules.DefaultThreshold(type));

    [Fact]
    public void Each_trigger_matches_at_its_threshold_and_says_why()
    {
        Assert.Equal("health 59 is below 60", TriggerRules.Match(RetentionTriggerType.HealthScore, 60m, null, Facts(health: 59)));
        Assert.Null(TriggerRules.Match(RetentionTriggerType.HealthScore, 60m, null, Facts(health: 60)));
        Assert.Equal("average active users fell 20 % (40 -> 32), at least 20 %", TriggerRules.Match(RetentionTriggerType.UsageDecline, 20m, null, Facts(now: 32m)));
        Assert.Null(TriggerRules.Match(RetentionTriggerType.UsageDecline, 20m, null, Facts(now: 32.1m)));
        Assert.Null(TriggerRules.Match(RetentionTriggerType.UsageDecline, 20m, null, Facts(before: null)));
        Assert.Equal("NPS answer 6 (at or below 6) in the window", TriggerRules.Match(RetentionTriggerType.NpsDetractor, 6m, null, Facts(lowestNps: 6)));
        Assert.Null(TriggerRules.Match(RetentionTriggerType.NpsDetractor, 6m, null, Facts(lowestNps: 7)));
        Assert.Equal("renewal in 60 days (within 60) with health 69 below 70", TriggerRules.Match(RetentionTriggerType.RenewalRisk, 70m, null, Facts(health: 69, renewal: 60)));
        Assert.Null(TriggerRules.Match(RetentionTriggerType.RenewalRisk, 70m, null, Facts(health: 69, renewal: 61)));
        Assert.Null(TriggerRules.Match(RetentionTriggerType.RenewalRisk, 70m, 90, Facts(health: 70, renewal: 10)));
    }
}
