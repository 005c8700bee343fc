using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>A stored alert as the tools list it.</summary>
public sealed record AlertView(string Worker, string Subject, string? ClientId, string Condition, AlertSeverity Severity, string Message,
    DateTime RaisedAt, DateTime LastSeenAt, DateTime? ClearedAt);

/// <summary>One parameter's rule: kind, default and accepted values.</summary>
public sealed record WorkerParamRule(string Name, string Rule, JsonElement Default, string Description);

public static class WorkerViews
{
    public static WorkerName Parse(string code) =>
        EnumCodes<WorkerName>.TryParse(code, out var name) ? name
            : throw new ValidationException("worker_name", $"'worker_name' must be one of: {EnumCodes<WorkerName>.AllowedList}; got '{code}'.");

    /// <summary>The parameters as JSON numbers and booleans, in the definition's order.</summary>
    public static Dictionary<string, JsonElement> Values(WorkerParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        using var document = JsonDocument.Parse(parameters.ToJson());
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }

    public static IReadOnlyList<WorkerParamRule> Rules(WorkerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var defaults = Values(WorkerParams.Parse(definition, "{}"));
        return [.. definition.Params.Select(p => new WorkerParamRule(p.Name, p.Rule, defaults[p.Name], p.Description))];
    }

    public static AlertView View(WorkerAlert a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(EnumCodes.Code(a.Worker), a.Subject, a.ClientId, a.Condition, a.Severity, a.Message, a.RaisedAt, a.LastSeenAt, a.ClearedAt);
    }

    public static async Task<WorkerSetting> SettingAsync(this IAppDbContext db, WorkerName name, CancellationToken cancellationToken) =>
        await db.WorkerSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Worker == name, cancellationToken)
        ?? throw new InvalidOperationException($"No stored setting for worker {EnumCodes.Code(name)}: the Workers migration seeds one per worker.");
}
