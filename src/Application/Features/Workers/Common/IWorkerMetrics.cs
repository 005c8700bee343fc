using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>Per-worker run metrics (Infrastructure records them in Prometheus).</summary>
public interface IWorkerMetrics
{
    void RunFinished(WorkerName worker, WorkerRunStatus status, TimeSpan duration, int findings, DateTime finishedAt);

    /// <summary>
    /// The schedule the scheduler works to, published on every tick: the interval of an enabled worker (null when
    /// disabled) and its last successful run from the stored runs of every instance (null when it never succeeded).
    /// </summary>
    void Scheduled(WorkerName worker, int? intervalHours, DateTime? lastSuccessAt);
}
