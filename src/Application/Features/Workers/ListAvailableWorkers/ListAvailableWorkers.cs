using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.ListAvailableWorkers;

[Tool("list_available_workers", Toolsets.Autonomous, Title = "List available workers", ReadOnly = true, Idempotent = true)]
[Description("Lists the background workers with their stored enabled flag, interval and what each checks.")]
public sealed record ListAvailableWorkers : IQuery<ListAvailableWorkersResult>;

public sealed class ListAvailableWorkersHandler(IAppDbContext db, WorkerSchedulerOptions scheduler) : IQueryHandler<ListAvailableWorkers, ListAvailableWorkersResult>
{
    public async ValueTask<ListAvailableWorkersResult> Handle(ListAvailableWorkers query, CancellationToken cancellationToken)
    {
        var settings = await db.WorkerSettings.AsNoTracking().ToDictionaryAsync(s => s.Worker, cancellationToken);
        var workers = WorkerDefinition.All
            .Select(d => new AvailableWorker(EnumCodes.Code(d.Name), settings[d.Name].Enabled, settings[d.Name].IntervalHours, d.Description))
            .ToList();
        return new ListAvailableWorkersResult(scheduler.Enabled, workers, workers.Count, workers.Count(w => w.Enabled));
    }
}
