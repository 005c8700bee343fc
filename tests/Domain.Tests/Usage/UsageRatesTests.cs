using CsMcp.Domain.Health;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Usage;

namespace CsMcp.Domain.Tests.Usage;

public class UsageRatesTests
{
    private static readonly DateOnly May1 = new(2026, 5, 1);

    [Theory]
    [InlineData(0, 30, 31)]
    [InlineData(-10, 9, 10)]
    [InlineData(20, 40, 11)]
    [InlineData(31, 40, 0)]
    public void A_period_counts_for_the_days_it_shares_with_the_range(int startOffset, int endOffset, int expected) =>
        Assert.Equal(expected, UsageRates.OverlapDays(May1.AddDays(startOffset), May1.AddDays(endOffset), May1, May1.AddDays(30)));

    [Fact]
    public void Logins_per_active_user_per_week_is_logins_over_users_over_weeks() =>
        Assert.Equal(2.33m, UsageRates.LoginsPerActiveUserPerWeek(logins: 300, averageActiveUsers: 30, days: 30));

    [Fact]
    public void Rates_without_users_are_missing_not_zero()
    {
        Assert.Null(UsageRates.LoginsPerActiveUserPerWeek(10, 0, 30));
        Assert.Null(UsageRates.ActivationRate(5, 0));
        Assert.Equal(0.6667m, UsageRates.ActivationRate(20, 30));
    }

    [Fact]
    public void A_period_reports_the_shared_rates()
    {
        var period = new UsagePeriod { ClientId = "c", PeriodStart = May1, PeriodEnd = May1.AddDays(13), TotalUsers = 40, ActiveUsers = 10, TotalLogins = 70 };

        Assert.Equal(3.5m, period.LoginsPerActiveUserPerWeek);
        Assert.Equal(0.25m, period.ActivationRate);
    }

    [Fact]
    public void The_at_risk_line_is_one_constant_behind_every_rule_that_uses_it()
    {
        Assert.Equal(HealthBands.AtRiskBelow, HealthEngine.DefaultRiskThreshold);
        Assert.Equal(HealthBands.AtRiskBelow, PostmortemSignals.HealthBelow);
        Assert.Equal(HealthBands.AtRiskBelow, TriggerRules.DefaultThreshold(RetentionTriggerType.HealthScore));
    }
}
