using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using Mediator;

namespace CsMcp.Application.Features.Workers.GetWorkerConfig;

[Tool("get_worker_config", Toolsets.Autonomous, Title = "Get worker configuration", ReadOnly = true, Idempotent = true)]
[Description("One worker's stored configuration: enabled, interval, effective params and each param's rule and default.")]
public sealed record GetWorkerConfig : IQuery<GetWorkerConfigResult>
{
    [Description("The worker.")]
    [OneOf<WorkerName>]
    public required string WorkerName { get; init; }
}

public sealed class GetWorkerConfigHandler(IAppDbContext db) : IQueryHandler<GetWorkerConfig, GetWorkerConfigResult>
{
    public async ValueTask<GetWorkerConfigResult> Handle(GetWorkerConfig query, CancellationToken cancellationToken)
    {
        var name = WorkerViews.Parse(query.WorkerName);
        var setting = await db.SettingAsync(name, cancellationToken);
        var definition = WorkerDefinition.Of(name);
        return new GetWorkerConfigResult(EnumCodes.Code(name),
            new WorkerConfigView(setting.Enabled, setting.IntervalHours, definition.Description, WorkerViews.Values(WorkerParams.Parse(definition, setting.ParamsJson))),
            WorkerViews.Rules(definition), setting.UpdatedAt, setting.NextDueAt);
    }
}
