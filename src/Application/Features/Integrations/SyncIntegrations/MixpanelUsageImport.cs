using System.Globalization;
using CsMcp.Application.Common.Integrations.Analytics;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Integrations;
using CsMcp.Domain.Usage;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>
/// Mixpanel usage of the client's group key -> monthly usage periods, upserted by client and period start. Active users
/// (and monthly active users) = distinct users of the usage event in the month; daily/weekly active users = the averages of
/// the daily and weekly distinct counts (weekly kept between daily and monthly); total actions = events. Licensed users,
/// logins and session minutes are not in Mixpanel: kept as stored (new periods take the licensed users of the client's
/// latest period, else 0 = unknown). One grouped read covers every client; the window restarts at the month of the watermark.
/// </summary>
internal sealed class MixpanelUsageImport : IClientImporter
{
    private readonly IAppDbContext _db;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<AnalyticsGroupUsage>> _usage;
    private readonly DateTime _startedAt;

    private MixpanelUsageImport(IAppDbContext db, IReadOnlyDictionary<string, IReadOnlyList<AnalyticsGroupUsage>> usage, DateTime startedAt)
    {
        _db = db;
        _usage = usage;
        _startedAt = startedAt;
    }

    public static async Task<MixpanelUsageImport> CreateAsync(
        IAppDbContext db, IProductAnalytics analytics, IReadOnlyList<Client> clients, IReadOnlyDictionary<string, IntegrationSyncState> states,
        DateTime? since, DateTime startedAt, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(startedAt);
        var earliest = clients.Select(c => since ?? states.GetValueOrDefault(c.ClientId)?.LastSyncedAt ?? startedAt.AddDays(-SyncScope.DefaultLookbackDays)).Min();
        var from = DateOnly.FromDateTime(earliest);
        var usage = await analytics.GetGroupUsageAsync([.. clients.Select(c => c.MixpanelGroupKey!)], new DateOnly(from.Year, from.Month, 1), today, cancellationToken);
        return new MixpanelUsageImport(db, usage, startedAt);
    }

    public async Task<SyncCounts> ImportAsync(Client client, DateTime? changedSince, CancellationToken cancellationToken)
    {
        var periods = _usage.GetValueOrDefault(client.MixpanelGroupKey!) ?? [];
        var stored = await _db.UsagePeriods.Where(u => u.ClientId == client.ClientId && u.Granularity == UsageGranularity.Monthly)
            .ToListAsync(cancellationToken);
        var licensed = stored.OrderByDescending(u => u.PeriodStart).Select(u => u.TotalUsers).FirstOrDefault();
        var counts = SyncCounts.None;
        foreach (var period in periods)
        {
            var row = stored.FirstOrDefault(u => u.PeriodStart == period.PeriodStart);
            if (row is null)
            {
                row = new UsagePeriod { ClientId = client.ClientId, Granularity = UsageGranularity.Monthly, PeriodStart = period.PeriodStart, TotalUsers = licensed, CreatedAt = _startedAt };
                Apply(row, period);
                _db.UsagePeriods.Add(row);
                counts += new SyncCounts(1, 0, 0);
                continue;
            }

            counts += Apply(row, period) ? new SyncCounts(0, 1, 0) : new SyncCounts(0, 0, 1);
        }

        return counts;
    }

    public string? Cursor(Client client) =>
        _usage.GetValueOrDefault(client.MixpanelGroupKey!) is { Count: > 0 } periods
            ? periods[^1].PeriodStart.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : null;

    private static bool Apply(UsagePeriod row, AnalyticsGroupUsage period)
    {
        var monthly = Count(period.ActiveUsers);
        var daily = Math.Min(Count((long)Rounding.Whole(period.AverageDailyActiveUsers)), monthly);
        var weekly = Math.Clamp(Count((long)Rounding.Whole(period.AverageWeeklyActiveUsers)), daily, monthly);
        var sync = new FieldSync();
        sync.Set(row.PeriodEnd, period.PeriodEnd, v => row.PeriodEnd = v);
        sync.Set(row.ActiveUsers, monthly, v => row.ActiveUsers = v);
        sync.Set(row.MonthlyActiveUsers, monthly, v => row.MonthlyActiveUsers = v);
        sync.Set(row.DailyActiveUsers, daily, v => row.DailyActiveUsers = v);
        sync.Set(row.WeeklyActiveUsers, weekly, v => row.WeeklyActiveUsers = v);
        sync.Set(row.TotalActions, period.Events, v => row.TotalActions = v);
        return sync.Changed;
    }

    private static int Count(long value) => (int)Math.Clamp(value, 0, int.MaxValue);
}
