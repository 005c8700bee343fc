using CsMcp.Domain.Usage;

namespace CsMcp.Domain.Tests.Usage;

public sealed class UsageHealthTests
{
    [Theory]
    [InlineData(0.0588, 0.62, 0.84, "up", 59)]
    [InlineData(0.5, 0.5, 0.5, "flat", 50)]
    [InlineData(0.5, 0.5, 0.5, "down", 45)]
    [InlineData(0.5, 0.5, 0.5, "no_data", 50)]
    [InlineData(1, 1, 1, "up", 100)]
    [InlineData(1, 1, 1.5, "flat", 100)]
    [InlineData(0, 0, 0, "up", 0)]
    public void The_score_weights_utilisation_adoption_and_active_users_and_applies_the_trend(double utilisation, double adoption, double active, string trend, int expected) =>
        Assert.Equal(expected, UsageHealth.Score((decimal)utilisation, (decimal)adoption, (decimal)active, trend));
}
