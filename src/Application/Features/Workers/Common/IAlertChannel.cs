using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>
/// Where new alerts are sent (a Slack incoming webhook, e-mail). Infrastructure registers one per configured channel;
/// with none registered a run says it notified nobody. A channel that fails throws; the run records that.
/// </summary>
public interface IAlertChannel
{
    /// <summary>The channel's code, e.g. slack or email.</summary>
    string Name { get; }

    Task SendAsync(WorkerName worker, IReadOnlyList<WorkerFinding> newAlerts, CancellationToken cancellationToken);
}
