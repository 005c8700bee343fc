using CsMcp.Application.Common.Results;
using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.ManageEscalations;

/// <param name="Escalation">The escalation created or changed (create, update, resolve, close); null for list.</param>
/// <param name="Changes">What changed (update, resolve, close); empty for create and list.</param>
/// <param name="Escalations">The page of escalations (list); empty otherwise.</param>
/// <param name="Pagination">Paging of the list; null otherwise.</param>
/// <param name="Summary">Counts over every escalation matching the list filters; null otherwise.</param>
public sealed record ManageEscalationsResult(
    string Action,
    string Message,
    EscalationView? Escalation,
    IReadOnlyList<EscalationChange> Changes,
    IReadOnlyList<EscalationView> Escalations,
    Page? Pagination,
    EscalationSummary? Summary,
    string SlaRule);

public sealed record EscalationView(
    string EscalationId,
    string ClientId,
    string ClientName,
    EscalationSeverity Severity,
    EscalationStatus Status,
    string Owner,
    string Reason,
    string? ResolutionNotes,
    int SlaHours,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ResolvedAt,
    DateTime? ClosedAt,
    decimal AgeHours,
    SlaView Sla);

/// <param name="Status">on_track, at_risk (80 % of the SLA elapsed), breached, or met (resolved in time).</param>
/// <param name="ComputedAt">The time the open statuses were computed against (now).</param>
public sealed record SlaView(SlaState Status, DateTime DueAt, decimal ElapsedHours, decimal? HoursRemaining, decimal? HoursOverdue, DateTime ComputedAt);

public sealed record EscalationChange(string Field, string? PreviousValue, string? NewValue);

public sealed record EscalationSummary(
    int Total,
    int Open,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> BySeverity,
    IReadOnlyDictionary<string, int> BySlaStatus);
