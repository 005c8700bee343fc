namespace CsMcp.Application.Features.Workers.Common;

/// <summary>
/// How the host runs workers: whether the scheduler runs in this process (CSMCP_WORKERS, default on), how often it wakes
/// (CSMCP_WORKERS_TICK_MINUTES, default the reference's global_interval_minutes 30) and how long after start it first
/// does (CSMCP_WORKERS_START_DELAY_SECONDS, default 30, so the server answers its first requests before the first scan).
/// </summary>
public sealed record WorkerSchedulerOptions(bool Enabled, int TickMinutes, int StartDelaySeconds = WorkerSchedulerOptions.DefaultStartDelaySeconds)
{
    public const int DefaultTickMinutes = 30;
    public const int DefaultStartDelaySeconds = 30;

    /// <summary>How long a run holds its worker's lease; a process that dies mid-run frees it after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(30);

    public static WorkerSchedulerOptions Default { get; } = new(true, DefaultTickMinutes);

    public static WorkerSchedulerOptions From(Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var enabled = !string.Equals(read("CSMCP_WORKERS")?.Trim(), "off", StringComparison.OrdinalIgnoreCase);
        var tick = int.TryParse(read("CSMCP_WORKERS_TICK_MINUTES"), out var minutes) && minutes > 0 ? minutes : DefaultTickMinutes;
        var delay = int.TryParse(read("CSMCP_WORKERS_START_DELAY_SECONDS"), out var seconds) && seconds >= 0 ? seconds : DefaultStartDelaySeconds;
        return new(enabled, tick, delay);
    }
}
