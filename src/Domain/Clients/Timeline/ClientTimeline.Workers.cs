using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    /// <summary>
    /// A background worker raised an alert about the client (once per condition while it holds). An upsell signal is a
    /// positive entry; every other condition a negative one.
    /// </summary>
    public static ClientEvent WorkerAlertRaised(WorkerAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var clientId = alert.ClientId ?? throw new ArgumentException("A timeline entry needs the alert's client.", nameof(alert));
        var impact = alert.Worker == WorkerName.UpsellDetector ? EventImpact.Positive : EventImpact.Negative;
        var severity = alert.Severity switch
        {
            AlertSeverity.Critical or AlertSeverity.High => EventSeverity.High,
            AlertSeverity.Medium => EventSeverity.Medium,
            _ => EventSeverity.Low,
        };
        return Create(TimelineEventKind.WorkerAlertRaised, clientId, alert.RaisedAt, $"Alert from {Code(alert.Worker)}: {alert.Condition}", alert.Message,
            new()
            {
                ["worker"] = Code(alert.Worker),
                ["condition"] = alert.Condition,
                ["subject"] = alert.Subject,
                ["severity"] = Code(alert.Severity),
            },
            impact, severity);
    }
}
