using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Workers;
using Mediator;

namespace CsMcp.Application.Features.Workers.TriggerWorkerNow;

[Tool("trigger_worker_now", Toolsets.Autonomous, Title = "Trigger worker now", Idempotent = false)]
[Description("Runs an enabled worker now and waits: duration, exact findings (new_alert marks ones first raised by this run), alerts "
    + "opened and cleared, notification outcome. Stores the run and alerts; new client alerts go on the client's timeline.")]
public sealed record TriggerWorkerNow : ICommand<TriggerWorkerNowResult>
{
    [Description("The worker.")]
    [OneOf<WorkerName>]
    public required string WorkerName { get; init; }
}

public sealed class TriggerWorkerNowHandler(WorkerRunner runner) : ICommandHandler<TriggerWorkerNow, TriggerWorkerNowResult>
{
    public async ValueTask<TriggerWorkerNowResult> Handle(TriggerWorkerNow command, CancellationToken cancellationToken)
    {
        var report = await runner.RunNowAsync(WorkerViews.Parse(command.WorkerName), cancellationToken);
        return TriggerWorkerNowResult.From(report);
    }
}
