using CsMcp.Domain.Common;

namespace CsMcp.Domain.Usage;

/// <summary>
/// The usage rules every tool shares: how a stored period counts towards a range of days, and the two rates derived from
/// usage. Health facts, the usage aggregates of the usage tools and a single period all use these, so a rate means the same
/// wherever it is reported.
/// </summary>
public static class UsageRates
{
    public const decimal DaysPerWeek = 7m;

    /// <summary>Days a period shares with the range [<paramref name="firstDay"/>, <paramref name="lastDay"/>]; 0 when they do not overlap.</summary>
    public static int OverlapDays(DateOnly periodStart, DateOnly periodEnd, DateOnly firstDay, DateOnly lastDay)
    {
        var from = periodStart > firstDay ? periodStart : firstDay;
        var to = periodEnd < lastDay ? periodEnd : lastDay;
        return Math.Max(0, to.DayNumber - from.DayNumber + 1);
    }

    /// <summary>Logins / average active users / (days / 7), 2 decimals; null without active users.</summary>
    public static decimal? LoginsPerActiveUserPerWeek(decimal logins, decimal averageActiveUsers, decimal days) =>
        averageActiveUsers == 0 || days == 0 ? null : Rounding.Amount(logins / averageActiveUsers / (days / DaysPerWeek));

    /// <summary>Active users / licensed users, 0 to 1 (more when usage runs over the licence), 4 decimals; null without licences.</summary>
    public static decimal? ActivationRate(decimal activeUsers, decimal licensedUsers) =>
        licensedUsers == 0 ? null : Rounding.Ratio(activeUsers / licensedUsers);
}
