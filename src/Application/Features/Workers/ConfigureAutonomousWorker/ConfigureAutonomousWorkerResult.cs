using System.Text.Json;

namespace CsMcp.Application.Features.Workers.ConfigureAutonomousWorker;

/// <param name="Params">Every param's stored value after the change.</param>
/// <param name="ParamsUpdated">The params this call changed.</param>
public sealed record ConfigureAutonomousWorkerResult(bool Success, string Message, string WorkerName, bool Enabled, int IntervalHours,
    Dictionary<string, JsonElement> Params, IReadOnlyList<string> ParamsUpdated, DateTime UpdatedAt);
