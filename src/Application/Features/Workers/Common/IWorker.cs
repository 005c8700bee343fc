using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>
/// A background worker: a thin caller of the Application code a tool uses, returning what holds now. It writes nothing;
/// <see cref="WorkerRunner"/> stores the run and its alerts.
/// </summary>
public interface IWorker
{
    WorkerName Name { get; }

    Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken);
}
