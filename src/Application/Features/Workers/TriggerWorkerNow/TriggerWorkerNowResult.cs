using System.Text.Json;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.TriggerWorkerNow;

/// <param name="Status">success, or failed (error_type says why; the next due time retries).</param>
/// <param name="Timestamp">When the run started.</param>
/// <param name="Findings">Every finding of the run (truncated only past the result budget; findings_count is the total).</param>
/// <param name="OpenAlerts">The worker's open alerts after the run (= findings: one per subject and condition).</param>
/// <param name="Notification">Who was told about the new alerts, or why nobody was.</param>
public sealed record TriggerWorkerNowResult(
    string Status,
    string Worker,
    long RunId,
    DateTime Timestamp,
    double DurationSeconds,
    string Summary,
    int FindingsCount,
    IReadOnlyList<FindingView> Findings,
    bool Truncated,
    int NewAlerts,
    int ClearedAlerts,
    int OpenAlerts,
    string Notification,
    string? ErrorType,
    Dictionary<string, JsonElement> Params,
    string? ComputedFrom,
    IReadOnlyList<string> Notes)
{
    public static TriggerWorkerNowResult From(WorkerRunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var run = report.Run;
        var findings = report.Scan?.Findings.DistinctBy(f => (f.Subject, f.Condition))
            .Select(f => new FindingView(f.Subject, f.ClientId, f.ClientName, f.Condition, f.Severity, f.Message, f.Figures, report.NewAlerts.Contains((f.Subject, f.Condition))))
            .ToList() ?? [];
        var (page, truncated) = ResultBudget.Take(findings);
        return new TriggerWorkerNowResult(
            run.Status == WorkerRunStatus.Succeeded ? "success" : "failed",
            EnumCodes.Code(run.Worker), run.Id, run.StartedAt, Math.Round(run.DurationSeconds, 3), run.Summary ?? string.Empty,
            run.FindingsCount, page, truncated, run.NewAlerts, run.ClearedAlerts, report.OpenAlerts, report.Notification, run.ErrorType,
            WorkerViews.Values(report.Parameters), report.Scan?.ComputedFrom, report.Scan?.Notes ?? []);
    }
}

/// <param name="Subject">Client id, ticket id or cohort key (cohort:2025-Q3).</param>
/// <param name="Figures">The exact values the rule was applied to.</param>
/// <param name="NewAlert">True when this run raised the alert; false when it was already open.</param>
public sealed record FindingView(string Subject, string? ClientId, string? ClientName, string Condition, AlertSeverity Severity, string Message,
    IReadOnlyDictionary<string, decimal?> Figures, bool NewAlert);
