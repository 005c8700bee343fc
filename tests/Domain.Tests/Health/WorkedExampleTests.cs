using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

/// <summary>The worked example of docs/health-score.md, number for number.</summary>
public class WorkedExampleTests
{
    private readonly HealthAssessment _assessment = HealthFixtures.Assess(HealthFixtures.Example, previous: 70);

    [Fact]
    public void Scores_every_component()
    {
        Assert.Equal([67.2m, 75m, 78m, 74m, 100m], _assessment.Components.Select(c => c.Score!.Value));
        Assert.All(_assessment.Components, c => Assert.Equal(ComponentStatus.Scored, c.Status));
        Assert.Equal(Enum.GetValues<HealthComponent>(), _assessment.Components.Select(c => c.Component));
    }

    [Fact]
    public void Applied_weights_equal_the_configured_ones_and_contributions_add_up()
    {
        Assert.Equal([0.35m, 0.25m, 0.15m, 0.15m, 0.10m], _assessment.Components.Select(c => c.AppliedWeight));
        Assert.Equal([0.35m, 0.25m, 0.15m, 0.15m, 0.10m], _assessment.Components.Select(c => c.ConfiguredWeight));
        Assert.Equal([23.52m, 18.75m, 11.7m, 11.1m, 10m], _assessment.Components.Select(c => c.Contribution!.Value));
        Assert.Null(_assessment.RedistributionNote);
        Assert.Empty(_assessment.ComponentsWithoutData);
    }

    [Fact]
    public void Overall_is_the_truncated_weighted_sum()
    {
        Assert.Equal(HealthAssessmentStatus.Scored, _assessment.Status);
        Assert.Equal(75.07m, _assessment.WeightedScore);
        Assert.Equal(75, _assessment.Overall);
        Assert.Equal(RiskLevel.Medium, _assessment.RiskLevel);
    }

    [Fact]
    public void Trend_and_churn()
    {
        Assert.Equal(70, _assessment.PreviousOverall);
        Assert.Equal(5, _assessment.Change);
        Assert.Equal(HealthTrend.Improving, _assessment.Trend);
        Assert.Equal(new ChurnRisk(0.25m, RiskLevel.Medium, "clamp((100 - 75) / 100, 0.05, 0.95) = 0.25"), _assessment.Churn);
    }

    [Fact]
    public void Drivers_carry_their_evidence()
    {
        var positive = Assert.Single(_assessment.PositiveDrivers);
        Assert.Equal(HealthComponent.Payment, positive.Component);
        Assert.Equal(10m, positive.Impact);
        Assert.Equal("payment 100 (at least 80) adds 10 points to the overall score", positive.Explanation);
        Assert.Equal("payment 100 = 100 - 0 (payment status current) - 0 (renewal in 200 days)", positive.Formula);

        var negative = Assert.Single(_assessment.NegativeDrivers);
        Assert.Equal(HealthComponent.Usage, negative.Component);
        Assert.Equal(67.2m, negative.Score);
        Assert.Equal(0.35m, negative.AppliedWeight);
        Assert.Equal(11.48m, negative.Impact);
        Assert.Same(_assessment.Component(HealthComponent.Usage).Evidence, negative.Evidence);
        Assert.Equal("usage 67.2 (below 70) costs 11.48 points against a perfect score", negative.Explanation);
        Assert.Same(_assessment.Component(HealthComponent.Usage).Explanation, negative.Formula);
        Assert.Contains(new EvidenceItem("active_user_score", 75m, null), negative.Evidence);
    }

    [Fact]
    public void Three_lowest_components_below_85_are_the_opportunities()
    {
        Assert.Equal(
        [
            new ImprovementOpportunity(HealthComponent.Usage, 67.2m, 85m, 6.2m, OpportunityPriority.High,
                "Raising usage from 67.2 to 85 would add about 6.2 points to the overall score."),
            new ImprovementOpportunity(HealthComponent.Satisfaction, 74m, 85m, 1.7m, OpportunityPriority.Medium,
                "Raising satisfaction from 74 to 85 would add about 1.7 points to the overall score."),
            new ImprovementOpportunity(HealthComponent.Engagement, 75m, 85m, 2.5m, OpportunityPriority.Medium,
                "Raising engagement from 75 to 85 would add about 2.5 points to the overall score."),
        ], _assessment.Opportunities);
    }

    [Fact]
    public void Two_risk_indicators_and_no_alert()
    {
        Assert.Equal(
        [
            new RiskIndicator(RiskIndicatorType.LowUsage, AlertSeverity.Medium, 67.2m, 75m, "Usage 67.2 is below 75."),
            new RiskIndicator(RiskIndicatorType.SupportIssues, AlertSeverity.Medium, 78m, 80m, "Support 78 is below 80."),
        ], _assessment.RiskIndicators);
        Assert.Empty(_assessment.Alerts);
    }

    [Fact]
    public void Summary_says_what_it_was_computed_from()
    {
        Assert.Equal("Health 75 (medium risk), improving (+5 since the previous score of 70); all 5 components scored from the last 30 days.",
            _assessment.Summary);
        Assert.Equal(30, _assessment.LookbackDays);
        Assert.Same(HealthWeights.Default, _assessment.Weights);
    }
}
