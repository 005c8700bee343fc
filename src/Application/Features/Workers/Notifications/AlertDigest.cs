using System.Globalization;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Notifications;

/// <summary>The text every channel sends for a run's new alerts: a title naming the worker and one line per alert (at most 20).</summary>
public static class AlertDigest
{
    public const int MaxLines = 20;

    /// <summary>"Churn Risk Monitor" for churn_risk_monitor.</summary>
    public static string Title(WorkerName worker) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(EnumCodes<WorkerName>.ToCode(worker).Replace('_', ' '));

    public static IReadOnlyList<string> Lines(IReadOnlyList<WorkerFinding> alerts)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var lines = alerts.Take(MaxLines)
            .Select(a => $"{(a.ClientName is { } name ? $"{name} ({a.Subject})" : a.Subject)} - {a.Condition}: {a.Message}")
            .ToList();
        if (alerts.Count > MaxLines)
            lines.Add($"... and {alerts.Count - MaxLines} more (get_autonomous_status lists them).");
        return lines;
    }
}
