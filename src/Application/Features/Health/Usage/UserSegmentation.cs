namespace CsMcp.Application.Features.Health.Usage;

/// <summary>
/// Licensed users split by how often they were active, from the day-weighted averages of the stored counts:
/// daily = average DAU; weekly_not_daily = WAU - DAU; monthly_not_weekly = MAU - WAU; inactive = licensed - active users (at least 0).
/// </summary>
public sealed record UserSegmentation(decimal LicensedUsers, decimal Daily, decimal WeeklyNotDaily, decimal MonthlyNotWeekly, decimal Inactive)
{
    public static UserSegmentation Of(UsageAggregate usage)
    {
        ArgumentNullException.ThrowIfNull(usage);
        return new(
            usage.LicensedUsers,
            usage.AverageDailyActiveUsers,
            Math.Max(0, usage.AverageWeeklyActiveUsers - usage.AverageDailyActiveUsers),
            Math.Max(0, usage.AverageMonthlyActiveUsers - usage.AverageWeeklyActiveUsers),
            Math.Max(0, usage.LicensedUsers - usage.AverageActiveUsers));
    }
}
