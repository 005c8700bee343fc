using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>Per-worker run metrics (Infrastructure records them in Prometheus).</summary>
public interface IWorkerMetrics
{
    void RunFinished(WorkerName worker, WorkerRunStatus status, TimeSpan duration, int findings, DateTime finishedAt);
}
