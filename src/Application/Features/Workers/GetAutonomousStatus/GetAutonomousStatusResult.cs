using CsMcp.Application.Features.Workers.Common;

namespace CsMcp.Application.Features.Workers.GetAutonomousStatus;

/// <param name="Enabled">Whether workers run on schedule in this process (CSMCP_WORKERS is not off).</param>
/// <param name="Running">Whether this process's scheduler is running.</param>
/// <param name="GlobalIntervalMinutes">How often the scheduler wakes to run due workers.</param>
/// <param name="RecentAlerts">The newest open alerts, at most 20; open_alerts_total counts all.</param>
public sealed record GetAutonomousStatusResult(bool Enabled, bool Running, DateTime Timestamp, int GlobalIntervalMinutes,
    IReadOnlyList<WorkerStatus> Workers, IReadOnlyList<AlertView> RecentAlerts, int OpenAlertsTotal, string ComputedFrom);

/// <param name="LastRun">When its last run started; null when it never ran.</param>
/// <param name="NextDueAt">When the scheduler runs it next; null before its first run (due at once).</param>
/// <param name="RunningNow">A process holds its lease.</param>
public sealed record WorkerStatus(string Name, bool Enabled, int IntervalHours, DateTime? LastRun, string? LastStatus, string? LastSummary,
    DateTime? NextDueAt, bool RunningNow, int RunCount, int ErrorCount, int AlertCount);
