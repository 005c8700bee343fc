using CsMcp.Domain.Contracts;
using CsMcp.Domain.Usage;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private int _latestMonthlyActiveUsers;

    /// <summary>
    /// One "monthly" row per 30-day period. Monthly actives are licensed seats times vitality; weekly and daily actives are
    /// shares of them that grow with vitality; a period shorter than 30 days (start, churn) has fewer distinct active users.
    /// </summary>
    private void BuildUsage(List<Contract> contracts)
    {
        var sessionMinutes = _rng.Between(14.0, 32.0);
        var actionsPerLogin = _rng.Between(6.0, 15.0);
        foreach (var (first, last) in ActivePeriods())
        {
            var seats = contracts.Last(c => c.StartDate <= last).IncludedUsers ?? 0;
            var vitality = MeanVitality(first, last);
            var monthly = Math.Min(seats, (int)Math.Round(seats * vitality * _rng.Between(0.96, 1.04)));
            var weekly = (int)Math.Round(monthly * Math.Min(1.0, 0.55 + (0.35 * vitality)));
            var daily = (int)Math.Round(weekly * Math.Min(1.0, 0.35 + (0.35 * vitality)));
            var days = last.DayNumber - first.DayNumber + 1;
            var active = days >= 28 ? monthly
                : days >= 7 ? weekly + (int)Math.Round((monthly - weekly) * (days - 7) / 21.0)
                : daily + (int)Math.Round((weekly - daily) * (days - 1) / 6.0);
            var loginsPerUserWeek = 1 + (7 * vitality);
            var logins = (int)Math.Round(monthly * loginsPerUserWeek * _rng.Between(0.9, 1.1) * days / 7.0);
            _data.UsagePeriods.Add(new UsagePeriod
            {
                ClientId = _clientId,
                Granularity = UsageGranularity.Monthly,
                PeriodStart = first,
                PeriodEnd = last,
                TotalUsers = seats,
                ActiveUsers = active,
                DailyActiveUsers = daily,
                WeeklyActiveUsers = weekly,
                MonthlyActiveUsers = monthly,
                TotalLogins = logins,
                TotalSessionMinutes = (long)Math.Round(logins * sessionMinutes * _rng.Between(0.9, 1.1)),
                TotalActions = (long)Math.Round(logins * actionsPerLogin * _rng.Between(0.9, 1.1)),
                CreatedAt = _rng.BusinessTime(last < _lastDay ? last.AddDays(1) : last),
            });
            _latestMonthlyActiveUsers = monthly;
        }
    }
}
