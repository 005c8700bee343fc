using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Workers.Common;

/// <summary>
/// One condition a worker found. <paramref name="Subject"/> with <paramref name="Condition"/> identifies it across runs (a
/// client id, a ticket id, a cohort key); <paramref name="Figures"/> are the exact values the rule was applied to.
/// </summary>
public sealed record WorkerFinding(
    string Subject,
    string? ClientId,
    string? ClientName,
    string Condition,
    AlertSeverity Severity,
    string Message,
    IReadOnlyDictionary<string, decimal?> Figures);

/// <summary>What one scan found, a one-line summary, what it was computed from and any note about missing data.</summary>
public sealed record WorkerScan(IReadOnlyList<WorkerFinding> Findings, string Summary, string ComputedFrom, IReadOnlyList<string> Notes);
