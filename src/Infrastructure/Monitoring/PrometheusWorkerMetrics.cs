using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;

namespace CsMcp.Infrastructure.Monitoring;

/// <summary>cs_mcp_worker_*: one observation per finished run, labelled by worker name only (a closed set).</summary>
public sealed class PrometheusWorkerMetrics(CsMcpMetrics metrics) : IWorkerMetrics
{
    public void RunFinished(WorkerName worker, WorkerRunStatus status, TimeSpan duration, int findings, DateTime finishedAt)
    {
        var name = EnumCodes<WorkerName>.ToCode(worker);
        metrics.WorkerRuns.WithLabels(name, status == WorkerRunStatus.Succeeded ? "success" : "failure").Inc();
        metrics.WorkerDuration.WithLabels(name).Observe(duration.TotalSeconds);
        if (status != WorkerRunStatus.Succeeded)
            return;
        metrics.WorkerFindings.WithLabels(name).Set(findings);
        metrics.WorkerLastSuccess.WithLabels(name).Set(UnixSeconds(finishedAt));
    }

    public void Scheduled(WorkerName worker, int? intervalHours, DateTime? lastSuccessAt)
    {
        var name = EnumCodes<WorkerName>.ToCode(worker);
        if (intervalHours is { } hours)
            metrics.WorkerInterval.WithLabels(name).Set(hours * 3600);
        else
            metrics.WorkerInterval.RemoveLabelled(name);
        if (lastSuccessAt is { } at)
            metrics.WorkerLastSuccess.WithLabels(name).Set(UnixSeconds(at));
    }

    private static long UnixSeconds(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeSeconds();
}
