using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.GetAutonomousStatus;

[Tool("get_autonomous_status", Toolsets.Autonomous, Title = "Get autonomous status", ReadOnly = true, Idempotent = true)]
[Description("Scheduler state and each worker's last run, next due time, run/error/open-alert counts, and the 20 newest open alerts.")]
public sealed record GetAutonomousStatus : IQuery<GetAutonomousStatusResult>;

public sealed class GetAutonomousStatusHandler(IAppDbContext db, WorkerSchedulerOptions scheduler, TimeProvider time)
    : IQueryHandler<GetAutonomousStatus, GetAutonomousStatusResult>
{
    public const int RecentAlerts = 20;

    public async ValueTask<GetAutonomousStatusResult> Handle(GetAutonomousStatus query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var settings = await db.WorkerSettings.AsNoTracking().ToDictionaryAsync(s => s.Worker, cancellationToken);
        var runs = await db.WorkerRuns.AsNoTracking().GroupBy(r => r.Worker)
            .Select(g => new { Worker = g.Key, Runs = g.Count(), Errors = g.Count(r => r.Status == WorkerRunStatus.Failed) })
            .ToDictionaryAsync(r => r.Worker, cancellationToken);
        var lastIds = await db.WorkerRuns.AsNoTracking().GroupBy(r => r.Worker).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var last = await db.WorkerRuns.AsNoTracking().Where(r => lastIds.Contains(r.Id)).ToDictionaryAsync(r => r.Worker, cancellationToken);
        var open = await db.WorkerAlerts.AsNoTracking().Where(a => a.ClearedAt == null).GroupBy(a => a.Worker)
            .Select(g => new { Worker = g.Key, Count = g.Count() }).ToDictionaryAsync(a => a.Worker, a => a.Count, cancellationToken);
        var recent = await db.WorkerAlerts.AsNoTracking().Where(a => a.ClearedAt == null)
            .OrderByDescending(a => a.RaisedAt).ThenByDescending(a => a.Id).Take(RecentAlerts).ToListAsync(cancellationToken);

        var workers = WorkerDefinition.All.Select(d =>
        {
            var s = settings[d.Name];
            var r = runs.GetValueOrDefault(d.Name);
            var l = last.GetValueOrDefault(d.Name);
            return new WorkerStatus(EnumCodes.Code(d.Name), s.Enabled, s.IntervalHours, l?.StartedAt, l is null ? null : l.Status == WorkerRunStatus.Succeeded ? "success" : "failed",
                l?.Summary, s.NextDueAt, s.LeaseUntil is { } until && until >= now, r?.Runs ?? 0, r?.Errors ?? 0, open.GetValueOrDefault(d.Name));
        }).ToList();

        return new GetAutonomousStatusResult(scheduler.Enabled, scheduler.Enabled, now, scheduler.TickMinutes, workers,
            [.. recent.Select(WorkerViews.View)], open.Values.Sum(),
            "Stored worker settings, runs and open alerts (shared by every server instance on this database).");
    }
}
