using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>
/// A finished run: the stored run row, the parameters it used, what it found (null when it failed), which findings were
/// new alerts, how many alerts of the worker are open after it, and whom it notified.
/// </summary>
public sealed record WorkerRunReport(
    WorkerRun Run,
    WorkerParams Parameters,
    WorkerScan? Scan,
    IReadOnlySet<(string Subject, string Condition)> NewAlerts,
    int OpenAlerts,
    string Notification);
