using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>
/// Runs a worker once: takes its lease (one runner at a time across every process on the database), scans, stores the run,
/// raises each finding as an alert once per (worker, subject, condition) while it holds and clears the alerts it no longer
/// finds, puts new client alerts on the client's timeline, notifies the configured channels, and frees the lease with the
/// next due time (start + interval). A failing scan is stored as a failed run and retried at the next due time.
/// </summary>
public sealed class WorkerRunner(
    IAppDbContext db,
    IEnumerable<IWorker> workers,
    IEnumerable<IAlertChannel> channels,
    IWorkerMetrics metrics,
    WorkerLeaseOwner owner,
    TimeProvider time)
{
    public const string NoChannel = "not notified: no channel configured";
    public const string NoNewAlerts = "not notified: no new alerts";

    /// <summary>The scheduler's run: only when the worker is enabled, due and not running anywhere; null when it was not run.</summary>
    public async Task<WorkerRunReport?> RunIfDueAsync(WorkerName name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await ClaimAsync(name, now, dueOnly: true, cancellationToken) ? await RunClaimedAsync(name, WorkerTrigger.Scheduled, now, cancellationToken) : null;
    }

    /// <summary>trigger_worker_now: runs the enabled worker now and waits for it.</summary>
    public async Task<WorkerRunReport> RunNowAsync(WorkerName name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var setting = await db.WorkerSettings.AsNoTracking().SingleAsync(s => s.Worker == name, cancellationToken);
        var code = EnumCodes<WorkerName>.ToCode(name);
        if (!setting.Enabled)
            throw new ConflictException($"Worker {code} is disabled. Enable it with configure_autonomous_worker (worker_name '{code}', enabled true), then trigger it.");
        if (!await ClaimAsync(name, now, dueOnly: false, cancellationToken))
            throw new ConflictException($"Worker {code} is running now (lease held until {setting.LeaseUntil:yyyy-MM-ddTHH:mm:ssZ}). Read its result with get_autonomous_status when it finishes.");
        return await RunClaimedAsync(name, WorkerTrigger.Manual, now, cancellationToken);
    }

    private async Task<bool> ClaimAsync(WorkerName name, DateTime now, bool dueOnly, CancellationToken cancellationToken)
    {
        var leaseUntil = now + WorkerSchedulerOptions.Lease;
        var holder = owner.Value;
        var free = db.WorkerSettings.Where(s => s.Worker == name && (s.LeaseUntil == null || s.LeaseUntil < now));
        if (dueOnly)
            free = free.Where(s => s.Enabled && (s.NextDueAt == null || s.NextDueAt <= now));
        return await free.ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, holder).SetProperty(s => s.LeaseUntil, leaseUntil), cancellationToken) == 1;
    }

    private async Task<WorkerRunReport> RunClaimedAsync(WorkerName name, WorkerTrigger trigger, DateTime startedAt, CancellationToken cancellationToken)
    {
        var setting = await db.WorkerSettings.AsNoTracking().SingleAsync(s => s.Worker == name, cancellationToken);
        try
        {
            var parameters = WorkerParams.Parse(WorkerDefinition.Of(name), setting.ParamsJson);
            var worker = workers.Single(w => w.Name == name);
            var started = time.GetTimestamp();
            WorkerScan scan;
            try
            {
                scan = await worker.ScanAsync(parameters, startedAt, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return await StoreFailureAsync(name, trigger, startedAt, parameters, ex, time.GetElapsedTime(started), cancellationToken);
            }

            return await StoreAsync(name, trigger, startedAt, parameters, scan, time.GetElapsedTime(started), cancellationToken);
        }
        finally
        {
            var holder = owner.Value;
            var nextDue = startedAt.AddHours(setting.IntervalHours);
            await db.WorkerSettings.Where(s => s.Worker == name && s.LeaseOwner == holder)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, (string?)null).SetProperty(s => s.LeaseUntil, (DateTime?)null)
                    .SetProperty(s => s.NextDueAt, nextDue), CancellationToken.None);
        }
    }

    private async Task<WorkerRunReport> StoreAsync(WorkerName name, WorkerTrigger trigger, DateTime now, WorkerParams parameters, WorkerScan scan,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        var open = await db.WorkerAlerts.Where(a => a.Worker == name && a.ClearedAt == null).ToListAsync(cancellationToken);
        var openByKey = open.ToDictionary(a => (a.Subject, a.Condition));
        var found = scan.Findings.DistinctBy(f => (f.Subject, f.Condition)).ToList();
        var newAlerts = new List<WorkerFinding>();
        foreach (var finding in found)
        {
            if (openByKey.Remove((finding.Subject, finding.Condition), out var alert))
            {
                alert.LastSeenAt = now;
                alert.Severity = finding.Severity;
                alert.Message = Limit(finding.Message, WorkerAlert.MaxMessageLength);
                continue;
            }

            alert = new WorkerAlert
            {
                Worker = name, Subject = finding.Subject, ClientId = finding.ClientId, Condition = finding.Condition, Severity = finding.Severity,
                Message = Limit(finding.Message, WorkerAlert.MaxMessageLength), RaisedAt = now, LastSeenAt = now,
            };
            db.WorkerAlerts.Add(alert);
            if (alert.ClientId is not null)
                db.ClientEvents.Add(ClientTimeline.WorkerAlertRaised(alert));
            newAlerts.Add(finding);
        }

        foreach (var cleared in openByKey.Values)
            cleared.ClearedAt = now;

        var (notified, notification) = await NotifyAsync(name, newAlerts, cancellationToken);
        var run = new WorkerRun
        {
            Worker = name, Trigger = trigger, StartedAt = now, FinishedAt = now + duration, Status = WorkerRunStatus.Succeeded,
            FindingsCount = found.Count, NewAlerts = newAlerts.Count, ClearedAlerts = openByKey.Count,
            Summary = Limit(scan.Summary, WorkerRun.MaxSummaryLength), NotifiedChannels = notified,
        };
        db.WorkerRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        metrics.RunFinished(name, run.Status, duration, run.FindingsCount, run.FinishedAt);
        return new WorkerRunReport(run, parameters, scan, newAlerts.Select(f => (f.Subject, f.Condition)).ToHashSet(), found.Count, notification);
    }

    private async Task<WorkerRunReport> StoreFailureAsync(WorkerName name, WorkerTrigger trigger, DateTime now, WorkerParams parameters, Exception error,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        db.Context.ChangeTracker.Clear();
        var run = new WorkerRun
        {
            Worker = name, Trigger = trigger, StartedAt = now, FinishedAt = now + duration, Status = WorkerRunStatus.Failed,
            ErrorType = Limit(error.GetType().Name, WorkerRun.MaxErrorTypeLength), Summary = "Run failed; retried at the next due time.",
        };
        db.WorkerRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        metrics.RunFinished(name, run.Status, duration, 0, run.FinishedAt);
        var open = await db.WorkerAlerts.CountAsync(a => a.Worker == name && a.ClearedAt == null, cancellationToken);
        return new WorkerRunReport(run, parameters, null, new HashSet<(string, string)>(), open, "not notified: the run failed");
    }

    private async Task<(List<string> Notified, string Text)> NotifyAsync(WorkerName name, List<WorkerFinding> newAlerts, CancellationToken cancellationToken)
    {
        var configured = channels.ToList();
        if (newAlerts.Count == 0)
            return ([], NoNewAlerts);
        if (configured.Count == 0)
            return ([], NoChannel);

        var notified = new List<string>();
        var failed = new List<string>();
        foreach (var channel in configured)
        {
            try
            {
                await channel.SendAsync(name, newAlerts, cancellationToken);
                notified.Add(channel.Name);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed.Add($"{channel.Name} failed ({ex.GetType().Name})");
            }
        }

        var parts = new List<string>();
        if (notified.Count > 0)
            parts.Add("notified: " + string.Join(", ", notified));
        parts.AddRange(failed);
        return (notified, string.Join("; ", parts));
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
