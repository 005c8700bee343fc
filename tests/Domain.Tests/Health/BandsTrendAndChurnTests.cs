using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using static CsMcp.Domain.Tests.Health.HealthFixtures;

namespace CsMcp.Domain.Tests.Health;

public class BandsTrendAndChurnTests
{
    [Theory]
    [InlineData(100, RiskLevel.Low)]
    [InlineData(80, RiskLevel.Low)]
    [InlineData(79.9, RiskLevel.Medium)]
    [InlineData(65, RiskLevel.Medium)]
    [InlineData(64.9, RiskLevel.High)]
    [InlineData(50, RiskLevel.High)]
    [InlineData(49.9, RiskLevel.Critical)]
    [InlineData(0, RiskLevel.Critical)]
    public void Risk_band_edges_use_the_truncated_overall(decimal usage, RiskLevel expected)
    {
        var assessment = Assess(OnlyUsage(usage));

        Assert.Equal((int)decimal.Truncate(usage), assessment.Overall);
        Assert.Equal(expected, assessment.RiskLevel);
    }

    [Theory]
    [InlineData(79, RiskLevel.Medium)]
    [InlineData(80, RiskLevel.Low)]
    [InlineData(64, RiskLevel.High)]
    [InlineData(65, RiskLevel.Medium)]
    [InlineData(49, RiskLevel.Critical)]
    [InlineData(50, RiskLevel.High)]
    public void Risk_level_for_an_overall(int overall, RiskLevel expected)
    {
        Assert.Equal(expected, HealthBands.RiskLevelFor(overall));
    }

    [Theory]
    [InlineData(67, 3, HealthTrend.Stable)]
    [InlineData(66, 4, HealthTrend.Improving)]
    [InlineData(73, -3, HealthTrend.Stable)]
    [InlineData(74, -4, HealthTrend.Declining)]
    [InlineData(70, 0, HealthTrend.Stable)]
    public void Trend_edges(int previous, int expectedChange, HealthTrend expected)
    {
        var assessment = Assess(OnlyUsage(70m), previous);

        Assert.Equal(70, assessment.Overall);
        Assert.Equal(expectedChange, assessment.Change);
        Assert.Equal(expected, assessment.Trend);
    }

    [Fact]
    public void First_assessment_is_stable_without_a_change()
    {
        var assessment = Assess(OnlyUsage(70m));

        Assert.Null(assessment.PreviousOverall);
        Assert.Null(assessment.Change);
        Assert.Equal(HealthTrend.Stable, assessment.Trend);
        Assert.Equal(HealthTrend.Stable, HealthBands.TrendFor(null));
    }

    [Theory]
    [InlineData(100, 0.05, RiskLevel.Low)]
    [InlineData(97, 0.05, RiskLevel.Low)]
    [InlineData(95, 0.05, RiskLevel.Low)]
    [InlineData(94, 0.06, RiskLevel.Low)]
    [InlineData(76, 0.24, RiskLevel.Low)]
    [InlineData(75, 0.25, RiskLevel.Medium)]
    [InlineData(51, 0.49, RiskLevel.Medium)]
    [InlineData(50, 0.50, RiskLevel.High)]
    [InlineData(26, 0.74, RiskLevel.High)]
    [InlineData(25, 0.75, RiskLevel.Critical)]
    [InlineData(5, 0.95, RiskLevel.Critical)]
    [InlineData(3, 0.95, RiskLevel.Critical)]
    [InlineData(0, 0.95, RiskLevel.Critical)]
    public void Churn_probability_is_clamped_and_banded(int overall, decimal probability, RiskLevel level)
    {
        var churn = ChurnModel.For(overall);

        Assert.Equal(probability, churn.Probability);
        Assert.Equal(level, churn.Level);
    }

    [Fact]
    public void Churn_basis_shows_the_clamp()
    {
        Assert.Equal("clamp((100 - 97) / 100, 0.05, 0.95) = 0.05", ChurnModel.For(97).Basis);
        Assert.Equal("clamp((100 - 3) / 100, 0.05, 0.95) = 0.95", ChurnModel.For(3).Basis);
    }

    [Fact]
    public void Assessment_churn_follows_the_overall()
    {
        var churn = Assess(OnlyUsage(3m)).Churn!;

        Assert.Equal(0.95m, churn.Probability);
        Assert.Equal(RiskLevel.Critical, churn.Level);
    }
}
