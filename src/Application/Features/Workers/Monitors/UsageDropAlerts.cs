using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Usage;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// usage_drop_alerts: average active users over the last check_window_days against the window before (UsageAggregate over
/// the stored usage periods); a drop of at least drop_threshold_percent is a finding.
/// </summary>
public sealed class UsageDropAlerts(IAppDbContext db) : IWorker
{
    /// <summary>Windows shorter than this read inside one monthly period.</summary>
    private const int MonthlyDays = 28;

    public WorkerName Name => WorkerName.UsageDropAlerts;

    public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var days = (int)parameters.Number("check_window_days");
        var threshold = parameters.Number("drop_threshold_percent");
        var lastDay = DateOnly.FromDateTime(now);
        var firstDay = lastDay.AddDays(1 - days);
        var previousLast = firstDay.AddDays(-1);
        var previousFirst = previousLast.AddDays(1 - days);

        var live = db.Clients.Live();
        var clients = await live.AsNoTracking().Select(c => new { c.ClientId, c.ClientName }).ToListAsync(cancellationToken);
        var usage = await db.UsageRowsAsync(live.Select(c => c.ClientId), previousFirst, lastDay, cancellationToken);

        var findings = new List<WorkerFinding>();
        var compared = 0;
        var coarse = 0;
        foreach (var client in clients)
        {
            var rows = usage[client.ClientId].ToList();
            var current = UsageAggregate.Over(rows, firstDay, lastDay);
            var previous = UsageAggregate.Over(rows, previousFirst, previousLast);
            if (UsageAggregate.RelativeChange(current?.AverageActiveUsers, previous?.AverageActiveUsers) is not { } change)
                continue;
            compared++;
            if (days < MonthlyDays && current!.SourceGranularity == EnumCodes<UsageGranularity>.ToCode(UsageGranularity.Monthly))
                coarse++;
            var dropPercent = -change * 100;
            if (dropPercent < threshold)
                continue;
            findings.Add(new WorkerFinding(client.ClientId, client.ClientId, client.ClientName, "usage_drop", AlertSeverity.High,
                $"Average active users fell {dropPercent:0.##} % ({previous!.AverageActiveUsers:0.##} -> {current!.AverageActiveUsers:0.##}) in the {days} days to {lastDay:yyyy-MM-dd} against the {days} days before.",
                new Dictionary<string, decimal?>(StringComparer.Ordinal)
                {
                    ["previous_average_active_users"] = previous.AverageActiveUsers,
                    ["average_active_users"] = current.AverageActiveUsers,
                    ["drop_percent"] = dropPercent,
                }));
        }

        findings = [.. findings.OrderByDescending(f => f.Figures["drop_percent"]).ThenBy(f => f.Subject, StringComparer.Ordinal)];
        var missing = clients.Count - compared;
        var notes = new List<string>();
        if (missing > 0)
            notes.Add($"{missing} live clients have no usage (or none active) in one of the windows and were not compared.");
        if (coarse > 0)
            notes.Add($"{coarse} compared clients have only monthly usage periods: both {days}-day windows mostly read the same period, so a drop "
                + $"shows only across a period boundary; set check_window_days to {MonthlyDays} or more for them.");
        return new WorkerScan(findings,
            $"Usage check: {findings.Count} of {compared} live clients with usage in both windows dropped {threshold:0.##} % or more.",
            $"Stored usage periods: average active users {firstDay:yyyy-MM-dd}..{lastDay:yyyy-MM-dd} against {previousFirst:yyyy-MM-dd}..{previousLast:yyyy-MM-dd} (UsageAggregate, finest stored granularity, weighted by days).",
            notes);
    }
}
