using CsMcp.Domain.Health;
using static CsMcp.Domain.Tests.Health.HealthFixtures;

namespace CsMcp.Domain.Tests.Health;

public class RedistributionTests
{
    [Fact]
    public void One_component_without_data()
    {
        var assessment = Assess(Example with { Payment = null });

        var payment = assessment.Component(HealthComponent.Payment);
        Assert.Equal(ComponentStatus.NoData, payment.Status);
        Assert.Null(payment.Score);
        Assert.Null(payment.Contribution);
        Assert.Equal(0.10m, payment.ConfiguredWeight);
        Assert.Equal(0m, payment.AppliedWeight);
        Assert.Empty(payment.Evidence);
        Assert.Equal("No contract with a payment status is recorded.", payment.Explanation);

        // 0.35/0.9, 0.25/0.9, 0.15/0.9, 0.15/0.9
        Assert.Equal([0.3889m, 0.2778m, 0.1667m, 0.1667m, 0m], assessment.Components.Select(c => c.AppliedWeight));
        Assert.Equal(26.13m, assessment.Component(HealthComponent.Usage).Contribution);
        // (23.52 + 18.75 + 11.7 + 11.1) / 0.9 = 72.3
        Assert.Equal(72.3m, assessment.WeightedScore);
        Assert.Equal(72, assessment.Overall);
        Assert.Equal([HealthComponent.Payment], assessment.ComponentsWithoutData);
        Assert.Equal("payment has no data; its weight 0.10 was spread over the other components in proportion to their weights.",
            assessment.RedistributionNote);
        Assert.Equal("Health 72 (medium risk), first assessment, no previous score to compare; 4 of 5 components scored from the last 30 days; no data for payment.",
            assessment.Summary);
    }

    [Fact]
    public void Two_components_without_data()
    {
        var assessment = Assess(Example with { Support = null, Payment = null });

        // (23.52 + 18.75 + 11.1) / 0.75 = 71.16
        Assert.Equal(71.16m, assessment.WeightedScore);
        Assert.Equal(71, assessment.Overall);
        Assert.Equal([0.4667m, 0.3333m, 0m, 0.2m, 0m], assessment.Components.Select(c => c.AppliedWeight));
        Assert.Equal([HealthComponent.Support, HealthComponent.Payment], assessment.ComponentsWithoutData);
        Assert.Equal("support and payment have no data; their weights (0.15 and 0.10; 0.25 in all) were spread over usage, engagement and satisfaction in proportion to their weights.",
            assessment.RedistributionNote);
    }

    [Fact]
    public void Four_components_without_data()
    {
        var assessment = Assess(new HealthInputs(ExampleUsage, null, null, null, null, Lookback));

        Assert.Equal(67.2m, assessment.WeightedScore);
        Assert.Equal(67, assessment.Overall);
        Assert.Equal([1m, 0m, 0m, 0m, 0m], assessment.Components.Select(c => c.AppliedWeight));
        Assert.Equal(67.2m, assessment.Component(HealthComponent.Usage).Contribution);
        Assert.Equal("engagement, support, satisfaction and payment have no data; their weights (0.25, 0.15, 0.15 and 0.10; 0.65 in all) were given to usage, the only component with data.",
            assessment.RedistributionNote);
        // The opportunity uses the applied weight: (85 - 67.2) x 1.
        Assert.Equal(17.8m, Assert.Single(assessment.Opportunities).PotentialImpact);
    }

    [Fact]
    public void All_components_without_data_gives_no_score_at_all()
    {
        var assessment = Assess(NoData, previous: 70);

        Assert.Equal(HealthAssessmentStatus.InsufficientData, assessment.Status);
        Assert.Null(assessment.Overall);
        Assert.Null(assessment.WeightedScore);
        Assert.Null(assessment.RiskLevel);
        Assert.Null(assessment.Change);
        Assert.Null(assessment.Trend);
        Assert.Null(assessment.Churn);
        Assert.Equal(70, assessment.PreviousOverall);
        Assert.Empty(assessment.PositiveDrivers);
        Assert.Empty(assessment.NegativeDrivers);
        Assert.Empty(assessment.Opportunities);
        Assert.Empty(assessment.RiskIndicators);
        Assert.Empty(assessment.Alerts);
        Assert.Null(assessment.RedistributionNote);
        Assert.All(assessment.Components, c =>
        {
            Assert.Equal(ComponentStatus.NoData, c.Status);
            Assert.Equal(0m, c.AppliedWeight);
        });
        Assert.Equal(Enum.GetValues<HealthComponent>(), assessment.ComponentsWithoutData);
        Assert.Equal("No health score: none of the five components has data (lookback 30 days).", assessment.Summary);
    }

    [Fact]
    public void Components_with_data_but_zero_weight_give_no_score()
    {
        var assessment = HealthEngine.Assess(Example with { Usage = null }, new HealthWeights(1m, 0m, 0m, 0m, 0m), null);

        Assert.Equal(HealthAssessmentStatus.InsufficientData, assessment.Status);
        Assert.Null(assessment.Overall);
        Assert.Equal(78m, assessment.Component(HealthComponent.Support).Score);
        Assert.Equal(0m, assessment.Component(HealthComponent.Support).AppliedWeight);
        Assert.Equal("No health score: only engagement, support, satisfaction and payment have data, and their weights are 0.", assessment.Summary);
        // The support rule still fires on its own score.
        Assert.Equal(RiskIndicatorType.SupportIssues, Assert.Single(assessment.RiskIndicators).Type);
    }

    [Fact]
    public void A_missing_component_with_zero_weight_moves_nothing()
    {
        var assessment = HealthEngine.Assess(Example with { Payment = null }, new HealthWeights(0.4m, 0.25m, 0.15m, 0.2m, 0m), null);

        Assert.Equal([0.4m, 0.25m, 0.15m, 0.2m, 0m], assessment.Components.Select(c => c.AppliedWeight));
        Assert.Equal("payment has no data; its weight is 0, so nothing was redistributed.", assessment.RedistributionNote);
    }

    [Fact]
    public void Weights_not_summing_to_exactly_one_are_scaled()
    {
        var perfect = new HealthInputs(UsageAt(100m), new EngagementFacts(0, 10, 30), new SupportFacts(0, 0),
            new SatisfactionFacts(5, 0, 0, 5m, 5), new PaymentFacts(PaymentStatus.Current, 365), Lookback);

        var assessment = HealthEngine.Assess(perfect, HealthWeights.Default with { Payment = 0.09m }, null);

        Assert.Equal([100m, 97m, 100m, 100m, 100m], assessment.Components.Select(c => c.Score!.Value));
        // (100 x 0.35 + 97 x 0.25 + 100 x 0.39) / 0.99 = 98.25 / 0.99 = 99.24 (unscaled it would be 98)
        Assert.Equal(99.24m, assessment.WeightedScore);
        Assert.Equal(99, assessment.Overall);
        Assert.Equal(0.0909m, assessment.Component(HealthComponent.Payment).AppliedWeight);
        Assert.Equal("The configured weights sum to 0.99; each was divided by 0.99 so the applied weights sum to 1.", assessment.RedistributionNote);
    }

    [Fact]
    public void Redistribution_does_not_lose_a_point_to_rounding()
    {
        // 90 x 0.35/0.45 + 90 x 0.10/0.45 is 89.999... when the applied weights are rounded first; it must be 90.
        var inputs = new HealthInputs(UsageAt(90m), null, null, null, new PaymentFacts(PaymentStatus.PaymentPlan, 100), Lookback);

        var assessment = Assess(inputs);

        Assert.Equal(90, assessment.Overall);
        Assert.Equal(90m, assessment.WeightedScore);
    }
}
