using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;

namespace CsMcp.Domain.Tests.Retention;

public class RiskFactorModelTests
{
    private static readonly HealthInputs Empty = new(null, null, null, null, null, 30);

    private static HealthInputs WithUsage(decimal active) => Empty with { Usage = new UsageFacts(50, active, 1m, 1, 2) };

    [Fact]
    public void The_reference_weights_sum_to_one() =>
        Assert.Equal(1m, RiskFactorModel.Weights.Values.Sum());

    [Fact]
    public void Overall_is_the_weighted_average_and_the_level_follows_it()
    {
        var result = RiskFactorModel.Score(new RiskFactorFacts(WithUsage(30m), WithUsage(40m), 60m, 50m, 90m, 70m, PaymentStatus.Late, 45, AutoRenew: false));

        // usage 2 x 25 % = 50; engagement 50; support 2 x 10 = 20; payment late 50; satisfaction 30; contract 45 days -> 60.
        Assert.Equal([50m, 50m, 20m, 50m, 30m, 60m], result.Factors.Select(f => f.Score!.Value));
        Assert.Equal(43.5m, result.OverallRiskScore); // 12.5 + 10 + 3 + 7.5 + 4.5 + 6
        Assert.Equal(RiskLevel.Medium, result.RiskLevel);
        Assert.Equal([RiskFactor.ContractHealth], result.EarlyWarnings.Select(w => w.Factor));
        Assert.Equal([RiskFactor.SupportVolume], result.ProtectiveFactors);
    }

    [Theory]
    [InlineData(74.9, RiskLevel.High)]
    [InlineData(75, RiskLevel.Critical)]
    [InlineData(50, RiskLevel.High)]
    [InlineData(25, RiskLevel.Medium)]
    [InlineData(24.9, RiskLevel.Low)]
    public void Levels(double score, RiskLevel level) => Assert.Equal(level, RiskFactorModel.LevelFor((decimal)score));

    [Theory]
    [InlineData(-1, false, 100)]
    [InlineData(30, false, 80)]
    [InlineData(60, false, 60)]
    [InlineData(90, false, 40)]
    [InlineData(180, false, 20)]
    [InlineData(181, false, 0)]
    [InlineData(30, true, 40)]
    public void Contract_health_by_days_to_renewal_halved_for_auto_renewal(int days, bool autoRenew, int score) =>
        Assert.Equal(score, RiskFactorModel.Score(new RiskFactorFacts(Empty, Empty, null, null, null, null, null, days, autoRenew)).Factors[^1].Score);

    [Fact]
    public void Usage_without_a_previous_window_falls_back_to_the_usage_score_and_missing_factors_are_redistributed()
    {
        var result = RiskFactorModel.Score(new RiskFactorFacts(WithUsage(30m), Empty, 70m, null, null, null, null, 400, false));

        Assert.Equal("100 - usage score 70 (no usage in the previous window to measure a decline)", result.Factors[0].Derivation);
        Assert.Equal(21.4m, result.OverallRiskScore); // (30 x 0.25 + 0 x 0.10) / 0.35 = 21.43
        Assert.Equal("low_engagement, support_volume, payment_health, satisfaction had no data; the other weights were rescaled to sum to 1.", result.RedistributionNote);
    }
}
