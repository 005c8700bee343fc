using System.Text.Json;
using CsMcp.Application.Features.Workers.Common;

namespace CsMcp.Application.Features.Workers.GetWorkerConfig;

/// <param name="NextDueAt">When the scheduler runs it next; null before its first run (due at once).</param>
public sealed record GetWorkerConfigResult(string WorkerName, WorkerConfigView Config, IReadOnlyList<WorkerParamRule> ParamRules, DateTime UpdatedAt, DateTime? NextDueAt);

public sealed record WorkerConfigView(bool Enabled, int IntervalHours, string Description, Dictionary<string, JsonElement> Params);
