using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// usage_drop_alerts: average active users over the last check_window_days against the window before (UsageAggregate over
/// the stored usage periods); a drop of at least drop_threshold_percent is a finding.
/// </summary>
public sealed class UsageDropAlerts(IAppDbContext db) : IWorker
{
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
        foreach (var client in clients)
        {
            var rows = usage[client.ClientId].ToList();
            var current = UsageAggregate.Over(rows, firstDay, lastDay);
            var previous = UsageAggregate.Over(rows, previousFirst, previousLast);
            if (UsageAggregate.RelativeChange(current?.AverageActiveUsers, previous?.AverageActiveUsers) is not { } change)
                continue;
            compared++;
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
        return new WorkerScan(findings,
            $"Usage check: {findings.Count} of {compared} live clients with usage in both windows dropped {threshold:0.##} % or more.",
            $"Stored usage periods: average active users {firstDay:yyyy-MM-dd}..{lastDay:yyyy-MM-dd} against {previousFirst:yyyy-MM-dd}..{previousLast:yyyy-MM-dd} (UsageAggregate, finest stored granularity, weighted by days).",
            missing == 0 ? [] : [$"{missing} live clients have no usage (or none active) in one of the windows and were not compared."]);
    }
}
