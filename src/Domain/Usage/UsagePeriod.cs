using CsMcp.Domain.Common;

namespace CsMcp.Domain.Usage;

/// <summary>
/// Product usage of one client over one period (the original's <c>engagement_metrics</c>, which nothing ever filled).
/// Periods of one granularity do not overlap; both ends are inclusive days (UTC).
/// </summary>
public sealed class UsagePeriod
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public UsageGranularity Granularity { get; set; } = UsageGranularity.Monthly;
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }

    /// <summary>Licensed (provisioned) users during the period.</summary>
    public int TotalUsers { get; set; }

    /// <summary>Distinct users active at least once in the period.</summary>
    public int ActiveUsers { get; set; }

    /// <summary>Average distinct users per day over the period.</summary>
    public int DailyActiveUsers { get; set; }

    /// <summary>Average distinct users per 7 days over the period.</summary>
    public int WeeklyActiveUsers { get; set; }

    /// <summary>Distinct users in the 30 days up to the period end.</summary>
    public int MonthlyActiveUsers { get; set; }

    public int TotalLogins { get; set; }
    public long TotalSessionMinutes { get; set; }
    public long TotalActions { get; set; }
    public DateTime CreatedAt { get; set; }

    public int Days => PeriodEnd.DayNumber - PeriodStart.DayNumber + 1;

    /// <summary>Logins per active user per week; null without active users.</summary>
    public decimal? LoginsPerActiveUserPerWeek => UsageRates.LoginsPerActiveUserPerWeek(TotalLogins, ActiveUsers, Days);

    /// <summary>Share of licensed users who were active, 0 to 1 (may exceed 1 when usage runs over the licence); null without licences.</summary>
    public decimal? ActivationRate => UsageRates.ActivationRate(ActiveUsers, TotalUsers);
}
