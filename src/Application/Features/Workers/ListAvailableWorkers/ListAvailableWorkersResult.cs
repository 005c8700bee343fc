namespace CsMcp.Application.Features.Workers.ListAvailableWorkers;

/// <param name="AutonomousEnabled">Whether this process's scheduler runs workers (CSMCP_WORKERS is not off).</param>
public sealed record ListAvailableWorkersResult(bool AutonomousEnabled, IReadOnlyList<AvailableWorker> Workers, int TotalWorkers, int EnabledWorkers);

public sealed record AvailableWorker(string Name, bool Enabled, int IntervalHours, string Description);
