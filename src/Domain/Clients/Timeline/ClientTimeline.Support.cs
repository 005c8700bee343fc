using CsMcp.Domain.Retention;
using CsMcp.Domain.Support;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    public static ClientEvent EscalationCreated(Escalation escalation, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return Escalation(TimelineEventKind.EscalationCreated, escalation, at, $"{Capitalized(escalation.Severity)} escalation opened",
            $"{escalation.EscalationId} opened ({Code(escalation.Severity)}, owner {escalation.Owner}, resolve within {escalation.SlaHours} h): {escalation.Reason}",
            new() { ["sla_hours"] = Number(escalation.SlaHours), ["owner"] = escalation.Owner, ["reason"] = escalation.Reason });
    }

    public static ClientEvent EscalationUpdated(Escalation escalation, IReadOnlyList<TimelineChange> changes, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return Escalation(TimelineEventKind.EscalationUpdated, escalation, at, "Escalation updated",
            $"{escalation.EscalationId}: {Describe(changes)}.", new Dictionary<string, string>().WithChanges(changes));
    }

    public static ClientEvent EscalationResolved(Escalation escalation, SlaEvaluation sla, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(sla);
        var notes = escalation.ResolutionNotes ?? string.Empty;
        return Escalation(TimelineEventKind.EscalationResolved, escalation, at, "Escalation resolved",
            $"{escalation.EscalationId} resolved after {Number(sla.ElapsedHours)} h (SLA {escalation.SlaHours} h, {Code(sla.Status)}): {notes}",
            new() { ["sla_status"] = Code(sla.Status), ["elapsed_hours"] = Number(sla.ElapsedHours), ["resolution_notes"] = notes });
    }

    public static ClientEvent EscalationClosed(Escalation escalation, IReadOnlyList<TimelineChange> changes, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        return Escalation(TimelineEventKind.EscalationClosed, escalation, at, "Escalation closed", $"{escalation.EscalationId} closed.",
            new Dictionary<string, string>().WithChanges(changes));
    }

    /// <summary>A support ticket raised to an escalation team (the demo portfolio's tickets).</summary>
    public static ClientEvent TicketEscalated(SupportTicket ticket, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var priority = Code(ticket.Priority);
        return Create(TimelineEventKind.TicketEscalated, ticket.ClientId, at, $"{priority} ticket escalated",
            $"{ticket.TicketId} \"{ticket.Subject}\" was escalated to the {ticket.AssignedTeam}: {ticket.EscalationReason}.",
            new() { ["ticket_id"] = ticket.TicketId, ["priority"] = priority },
            severity: ticket.Priority == TicketPriority.P0 ? EventSeverity.High : null);
    }

    private static ClientEvent Escalation(TimelineEventKind kind, Escalation e, DateTime at, string title, string description, Dictionary<string, string> metadata)
    {
        metadata["escalation_id"] = e.EscalationId;
        metadata["severity"] = Code(e.Severity);
        metadata["status"] = Code(e.Status);
        return Create(kind, e.ClientId, at, title, description, metadata,
            severity: e.Severity is EscalationSeverity.Critical or EscalationSeverity.High ? EventSeverity.High : null);
    }

    private static string Capitalized(EscalationSeverity severity) => severity switch
    {
        EscalationSeverity.Critical => "Critical",
        EscalationSeverity.High => "High-severity",
        EscalationSeverity.Medium => "Medium-severity",
        _ => "Low-severity",
    };
}
