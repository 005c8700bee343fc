using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;

namespace CsMcp.McpHost.Workers;

/// <summary>
/// The background scheduler: after CSMCP_WORKERS_START_DELAY_SECONDS (default 30), and then every CSMCP_WORKERS_TICK_MINUTES (default 30), starts
/// every enabled worker that is due. A failed run is logged and counted (the run row, cs_mcp_worker_runs_total) and
/// retried at its next due time; nothing a worker does stops the loop. Not registered when CSMCP_WORKERS=off.
/// </summary>
internal sealed partial class WorkerScheduler(WorkerDispatcher dispatcher, WorkerSchedulerOptions options, TimeProvider time, ILogger<WorkerScheduler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(options.StartDelaySeconds), time, stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.TickMinutes), time);
            do
            {
                await TickAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private async Task TickAsync(CancellationToken stoppingToken)
    {
        try
        {
            foreach (var run in await dispatcher.StartDueAsync(stoppingToken))
                _ = LogWhenDoneAsync(run);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTickFailed(ex);
        }
    }

    private async Task LogWhenDoneAsync(Task<WorkerDispatch> run)
    {
        var outcome = await run;
        var name = EnumCodes<WorkerName>.ToCode(outcome.Worker);
        if (outcome.Error is { } error && error is not OperationCanceledException)
            LogRunError(name, error);
        else if (outcome.Report is { Run.Status: WorkerRunStatus.Failed } failed)
            LogRunFailed(name, failed.Run.ErrorType ?? "unknown");
        else if (outcome.Report is { } report)
            LogRunSucceeded(name, report.Run.FindingsCount, report.Run.NewAlerts, report.Run.ClearedAlerts, report.Notification);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker scheduler tick failed; the next tick tries again")]
    private partial void LogTickFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Worker {Worker} could not run; it stays due and is tried on the next tick")]
    private partial void LogRunError(string worker, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Worker {Worker} failed ({ErrorType}); retried at its next due time")]
    private partial void LogRunFailed(string worker, string errorType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} ran: {Findings} findings, {NewAlerts} new alerts, {Cleared} cleared; {Notification}")]
    private partial void LogRunSucceeded(string worker, int findings, int newAlerts, int cleared, string notification);
}
