using CsMcp.Domain.Usage;

namespace CsMcp.Domain.Tests.Usage;

public sealed class UsagePeriodTests
{
    [Fact]
    public void Derived_rates_come_from_the_stored_counts()
    {
        var period = new UsagePeriod
        {
            ClientId = "cs_1_a",
            PeriodStart = new DateOnly(2026, 5, 17),
            PeriodEnd = new DateOnly(2026, 6, 15),
            TotalUsers = 120,
            ActiveUsers = 90,
            TotalLogins = 1_620,
        };

        Assert.Equal(30, period.Days);
        Assert.Equal(4.20m, period.LoginsPerActiveUserPerWeek);
        Assert.Equal(0.75m, period.ActivationRate);
    }

    [Fact]
    public void Rates_without_users_are_missing_not_zero()
    {
        var period = new UsagePeriod { ClientId = "cs_1_a", PeriodStart = new DateOnly(2026, 6, 1), PeriodEnd = new DateOnly(2026, 6, 7) };

        Assert.Null(period.LoginsPerActiveUserPerWeek);
        Assert.Null(period.ActivationRate);
    }
}
