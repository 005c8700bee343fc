using CsMcp.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Usage;

public static class UsageQueries
{
    /// <summary>The stored usage periods of the given clients overlapping [<paramref name="firstDay"/>, <paramref name="lastDay"/>], grouped by client; one query.</summary>
    public static async Task<ILookup<string, UsageRow>> UsageRowsAsync(this IAppDbContext db, IQueryable<string> clientIds, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken) =>
        (await db.UsagePeriods.AsNoTracking()
            .Where(u => clientIds.Contains(u.ClientId) && u.PeriodStart <= lastDay && u.PeriodEnd >= firstDay)
            .Select(u => new UsageRow(u.ClientId, u.Granularity, u.PeriodStart, u.PeriodEnd, u.TotalUsers, u.ActiveUsers, u.DailyActiveUsers,
                u.WeeklyActiveUsers, u.MonthlyActiveUsers, u.TotalLogins, u.TotalSessionMinutes, u.TotalActions))
            .ToListAsync(cancellationToken))
        .ToLookup(u => u.ClientId, StringComparer.Ordinal);
}
