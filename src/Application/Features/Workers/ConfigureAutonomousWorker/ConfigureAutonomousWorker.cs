using System.ComponentModel;
using System.Text.Json;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.ConfigureAutonomousWorker;

[Tool("configure_autonomous_worker", Toolsets.Autonomous, Title = "Configure autonomous worker", Idempotent = true)]
[Description("Enables or disables a worker and merges params into its stored ones (get_worker_config lists each param's rule); "
    + "stored in the database for every server instance and restart.")]
public sealed record ConfigureAutonomousWorker : ICommand<ConfigureAutonomousWorkerResult>
{
    [Description("The worker.")]
    [OneOf<WorkerName>]
    public required string WorkerName { get; init; }

    [Description("Run it on schedule (true) or not.")]
    public required bool Enabled { get; init; }

    [Description("Params to change, e.g. {\"health_score_threshold\": 55}; others keep their value.")]
    public Dictionary<string, JsonElement>? Params { get; init; }

    [Description("Hours between runs, 1-8760. Default: unchanged.")]
    public int? IntervalHours { get; init; }
}

public sealed class ConfigureAutonomousWorkerHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<ConfigureAutonomousWorker, ConfigureAutonomousWorkerResult>
{
    public async ValueTask<ConfigureAutonomousWorkerResult> Handle(ConfigureAutonomousWorker command, CancellationToken cancellationToken)
    {
        var name = WorkerViews.Parse(command.WorkerName);
        var setting = await db.WorkerSettings.SingleAsync(s => s.Worker == name, cancellationToken);
        var definition = WorkerDefinition.Of(name);
        var changes = command.Params ?? [];
        var parameters = WorkerParams.Parse(definition, setting.ParamsJson).With(changes);

        setting.Enabled = command.Enabled;
        setting.IntervalHours = command.IntervalHours ?? setting.IntervalHours;
        setting.ParamsJson = parameters.ToJson();
        setting.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);

        var code = EnumCodes.Code(name);
        return new ConfigureAutonomousWorkerResult(true, $"Worker {code} {(setting.Enabled ? "enabled" : "disabled")}", code, setting.Enabled,
            setting.IntervalHours, WorkerViews.Values(parameters), [.. changes.Keys.Order(StringComparer.Ordinal)], setting.UpdatedAt);
    }
}
