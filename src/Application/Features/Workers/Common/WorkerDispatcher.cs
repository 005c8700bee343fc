using System.Collections.Concurrent;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>The outcome of one scheduled attempt: the run (null when another process had it or it was no longer due) or the error that stopped it.</summary>
public sealed record WorkerDispatch(WorkerName Worker, WorkerRunReport? Report, Exception? Error);

/// <summary>
/// One scheduler tick: runs, one after another and each in its own scope, every enabled worker that is due and not already
/// running in this process (the lease keeps other processes out). A run that throws (the database was unreachable) is returned as
/// its error; the worker stays due and is tried again on the next tick.
/// </summary>
public sealed class WorkerDispatcher(IServiceScopeFactory scopes, IWorkerMetrics metrics, TimeProvider time)
{
    private readonly ConcurrentDictionary<WorkerName, Task<WorkerDispatch>> _running = new();

    /// <summary>The runs this tick started, to await or observe.</summary>
    public async Task<IReadOnlyList<Task<WorkerDispatch>>> StartDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<WorkerName> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var settings = await db.WorkerSettings.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken);
            var lastSuccess = await db.WorkerRuns.AsNoTracking().Where(r => r.Status == WorkerRunStatus.Succeeded)
                .GroupBy(r => r.Worker).Select(g => new { Worker = g.Key, At = g.Max(r => r.FinishedAt) })
                .ToDictionaryAsync(r => r.Worker, r => r.At, cancellationToken);
            foreach (var setting in settings)
                metrics.Scheduled(setting.Worker, setting.Enabled ? setting.IntervalHours : null, lastSuccess.TryGetValue(setting.Worker, out var at) ? at : null);
            due = [.. settings.Where(s => s.Enabled && (s.NextDueAt is null || s.NextDueAt <= now)).Select(s => s.Worker)];
        }

        var batch = new List<(WorkerName Name, TaskCompletionSource<WorkerDispatch> Done)>();
        foreach (var name in due)
        {
            var done = new TaskCompletionSource<WorkerDispatch>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_running.TryAdd(name, done.Task))
                batch.Add((name, done));
        }

        _ = RunInTurnAsync(batch, cancellationToken);
        return [.. batch.Select(b => b.Done.Task)];
    }

    /// <summary>Workers whose run this process started and that have not finished.</summary>
    public IReadOnlyCollection<WorkerName> Running => [.. _running.Keys];

    /// <summary>
    /// A tick's runs one after another: a worker scan reads much of the database, and SQLite has a single writer, so
    /// running them side by side would only make them contend.
    /// </summary>
    private async Task RunInTurnAsync(List<(WorkerName Name, TaskCompletionSource<WorkerDispatch> Done)> batch, CancellationToken cancellationToken)
    {
        await Task.Yield();
        foreach (var (name, done) in batch)
        {
            WorkerDispatch outcome;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var report = await scope.ServiceProvider.GetRequiredService<WorkerRunner>().RunIfDueAsync(name, cancellationToken);
                outcome = new WorkerDispatch(name, report, null);
            }
            catch (Exception ex)
            {
                outcome = new WorkerDispatch(name, null, ex);
            }

            _running.TryRemove(name, out _);
            done.SetResult(outcome);
        }
    }
}
