using CsMcp.Domain.Common;
using CsMcp.Domain.Usage;

namespace CsMcp.Application.Features.Health.Usage;

/// <summary>The stored columns of one usage period that the usage tools aggregate.</summary>
public sealed record UsageRow(
    string ClientId,
    UsageGranularity Granularity,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    int TotalUsers,
    int ActiveUsers,
    int DailyActiveUsers,
    int WeeklyActiveUsers,
    int MonthlyActiveUsers,
    int TotalLogins,
    long TotalSessionMinutes,
    long TotalActions)
{
    public int Days => PeriodEnd.DayNumber - PeriodStart.DayNumber + 1;
}

/// <summary>
/// Usage over a range of days, from the stored periods overlapping it, with the rule of HealthFactsLoader: only the finest
/// stored granularity is used (so overlapping daily and monthly rows are not counted twice); user counts (licensed, active,
/// DAU, WAU, MAU) are averaged weighted by the days each period shares with the range; logins, session minutes and actions
/// are pro-rated by the share of the period's days inside the range.
/// </summary>
public sealed record UsageAggregate(
    DateOnly FirstDay,
    DateOnly LastDay,
    int DaysInRange,
    int DaysCovered,
    int Periods,
    string SourceGranularity,
    decimal LicensedUsers,
    decimal AverageActiveUsers,
    decimal AverageDailyActiveUsers,
    decimal AverageWeeklyActiveUsers,
    decimal AverageMonthlyActiveUsers,
    decimal? ActiveUserRatio,
    decimal Logins,
    decimal SessionMinutes,
    decimal Actions,
    decimal? LoginsPerActiveUserPerWeek,
    decimal? AverageSessionMinutes)
{
    /// <summary>Null when no stored period overlaps the range: missing data, not zero usage.</summary>
    public static UsageAggregate? Over(IEnumerable<UsageRow> rows, DateOnly firstDay, DateOnly lastDay)
    {
        var overlapping = rows.Where(r => r.PeriodStart <= lastDay && r.PeriodEnd >= firstDay).ToList();
        if (overlapping.Count == 0)
            return null;
        var granularity = overlapping.Min(r => r.Granularity);
        var periods = overlapping.Where(r => r.Granularity == granularity).ToList();

        decimal covered = 0, licensed = 0, active = 0, dau = 0, wau = 0, mau = 0, logins = 0, minutes = 0, actions = 0;
        foreach (var p in periods)
        {
            decimal overlap = UsageRates.OverlapDays(p.PeriodStart, p.PeriodEnd, firstDay, lastDay);
            var share = overlap / p.Days;
            covered += overlap;
            licensed += p.TotalUsers * overlap;
            active += p.ActiveUsers * overlap;
            dau += p.DailyActiveUsers * overlap;
            wau += p.WeeklyActiveUsers * overlap;
            mau += p.MonthlyActiveUsers * overlap;
            logins += p.TotalLogins * share;
            minutes += p.TotalSessionMinutes * share;
            actions += p.TotalActions * share;
        }

        var averageActive = Rounding.Amount(active / covered);
        return new UsageAggregate(
            firstDay, lastDay, lastDay.DayNumber - firstDay.DayNumber + 1, (int)covered, periods.Count, EnumCodes<UsageGranularity>.ToCode(granularity),
            Rounding.Amount(licensed / covered), averageActive, Rounding.Amount(dau / covered), Rounding.Amount(wau / covered), Rounding.Amount(mau / covered),
            UsageRates.ActivationRate(active, licensed),
            Rounding.Average(logins), Rounding.Average(minutes), Rounding.Average(actions),
            UsageRates.LoginsPerActiveUserPerWeek(logins, averageActive, covered),
            logins == 0 ? null : Rounding.Average(minutes / logins));
    }

    /// <summary>Relative change from <paramref name="previous"/> to <paramref name="current"/>, 4 decimals; null when either is missing or the base is 0.</summary>
    public static decimal? RelativeChange(decimal? current, decimal? previous) =>
        current is { } c && previous is { } p && p != 0 ? Rounding.Ratio((c - p) / p) : null;
}
