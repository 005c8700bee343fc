using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

public class HealthWeightsTests
{
    [Fact]
    public void Default_is_the_reference_weights()
    {
        var weights = HealthWeights.Default;

        Assert.Equal(new HealthWeights(0.35m, 0.25m, 0.15m, 0.15m, 0.10m), weights);
        Assert.True(weights.IsValid);
        Assert.Empty(weights.Validate());
        Assert.Equal(1m, weights.Sum);
    }

    [Fact]
    public void Names_the_weight_out_of_range_and_the_sum()
    {
        var errors = new HealthWeights(1.2m, 0.25m, 0.15m, 0.15m, 0.10m).Validate();

        Assert.Equal(["usage weight must be between 0 and 1; got 1.2", "weights must sum to 1 (+/- 0.01); they sum to 1.85"], errors);
    }

    [Fact]
    public void Reports_a_sum_below_one()
    {
        var errors = new HealthWeights(0.35m, 0.25m, 0.15m, 0.15m, 0m).Validate();

        Assert.Equal(["weights must sum to 1 (+/- 0.01); they sum to 0.9"], errors);
    }

    [Theory]
    [InlineData(HealthComponent.Usage, "usage weight must be between 0 and 1; got -0.1")]
    [InlineData(HealthComponent.Engagement, "engagement weight must be between 0 and 1; got -0.1")]
    [InlineData(HealthComponent.Support, "support weight must be between 0 and 1; got -0.1")]
    [InlineData(HealthComponent.Satisfaction, "satisfaction weight must be between 0 and 1; got -0.1")]
    [InlineData(HealthComponent.Payment, "payment weight must be between 0 and 1; got -0.1")]
    public void Names_each_weight(HealthComponent component, string expected)
    {
        var weights = component switch
        {
            HealthComponent.Usage => HealthWeights.Default with { Usage = -0.1m },
            HealthComponent.Engagement => HealthWeights.Default with { Engagement = -0.1m },
            HealthComponent.Support => HealthWeights.Default with { Support = -0.1m },
            HealthComponent.Satisfaction => HealthWeights.Default with { Satisfaction = -0.1m },
            _ => HealthWeights.Default with { Payment = -0.1m },
        };

        Assert.Equal(expected, weights.Validate()[0]);
    }

    [Fact]
    public void Lists_every_broken_rule()
    {
        var errors = new HealthWeights(2m, -1m, 0.15m, 0.15m, 1.5m).Validate();

        Assert.Equal(
        [
            "usage weight must be between 0 and 1; got 2",
            "engagement weight must be between 0 and 1; got -1",
            "payment weight must be between 0 and 1; got 1.5",
            "weights must sum to 1 (+/- 0.01); they sum to 2.8",
        ], errors);
    }

    [Theory]
    [InlineData(0.09, true)]
    [InlineData(0.11, true)]
    [InlineData(0.089, false)]
    [InlineData(0.111, false)]
    public void Sum_may_stray_from_one_by_at_most_a_hundredth(decimal payment, bool valid)
    {
        Assert.Equal(valid, (HealthWeights.Default with { Payment = payment }).IsValid);
    }

    [Fact]
    public void Validate_can_name_weights_as_settings()
    {
        var errors = new HealthWeights(0.5m, 0.25m, 0.15m, 0.15m, 0.10m)
            .Validate(c => $"HEALTH_SCORE_WEIGHT_{c.ToString().ToUpperInvariant()}", "HEALTH_SCORE_WEIGHT_* values");

        Assert.Equal(["HEALTH_SCORE_WEIGHT_* values must sum to 1 (+/- 0.01); they sum to 1.15"], errors);
        Assert.Equal(["HEALTH_SCORE_WEIGHT_USAGE must be between 0 and 1; got 1.1", "HEALTH_SCORE_WEIGHT_* values must sum to 1 (+/- 0.01); they sum to 1.75"],
            (HealthWeights.Default with { Usage = 1.1m }).Validate(c => $"HEALTH_SCORE_WEIGHT_{c.ToString().ToUpperInvariant()}", "HEALTH_SCORE_WEIGHT_* values"));
    }

    [Fact]
    public void TryCreate_returns_the_weights_or_the_errors()
    {
        Assert.True(HealthWeights.TryCreate(0.4m, 0.2m, 0.2m, 0.1m, 0.1m, out var weights, out var none));
        Assert.Equal(new HealthWeights(0.4m, 0.2m, 0.2m, 0.1m, 0.1m), weights);
        Assert.Empty(none);

        Assert.False(HealthWeights.TryCreate(0.4m, 0.2m, 0.2m, 0.1m, 0.2m, out var invalid, out var errors));
        Assert.Null(invalid);
        Assert.Equal(["weights must sum to 1 (+/- 0.01); they sum to 1.1"], errors);
    }

    [Fact]
    public void Create_throws_with_every_message()
    {
        var error = Assert.Throws<ArgumentException>(() => HealthWeights.Create(1.2m, 0.25m, 0.15m, 0.15m, 0.10m));

        Assert.StartsWith(
            "Invalid health score weights: usage weight must be between 0 and 1; got 1.2; weights must sum to 1 (+/- 0.01); they sum to 1.85.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Override_replaces_only_the_given_weights()
    {
        var weights = HealthWeights.Default.Override(usage: 0.45m, payment: 0m);

        Assert.Equal(new HealthWeights(0.45m, 0.25m, 0.15m, 0.15m, 0m), weights);
        Assert.True(weights.IsValid);
    }

    [Fact]
    public void For_returns_each_components_weight()
    {
        var weights = new HealthWeights(0.1m, 0.2m, 0.3m, 0.25m, 0.15m);

        Assert.Equal([0.1m, 0.2m, 0.3m, 0.25m, 0.15m], Enum.GetValues<HealthComponent>().Select(weights.For));
    }

    [Fact]
    public void Assess_rejects_invalid_weights()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            HealthEngine.Assess(HealthFixtures.Example, HealthWeights.Default with { Payment = 0.5m }, null));

        Assert.Contains("weights must sum to 1 (+/- 0.01); they sum to 1.4", error.Message, StringComparison.Ordinal);
    }
}
