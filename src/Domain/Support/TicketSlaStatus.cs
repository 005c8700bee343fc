using CsMcp.Domain.Retention;

namespace CsMcp.Domain.Support;

/// <summary>
/// The SLA state of one ticket clock (the reference's SLA rule): a stopped clock (answered, resolved) met its target when it
/// stopped within the stored SLA minutes, else breached; a running clock (<see cref="TicketSlaClock.Running"/>) is breached
/// past its due time and at risk once 80 % of the SLA has elapsed (<see cref="EscalationSla.AtRiskAfterShare"/>).
/// Null when the clock never ran to an end (a ticket resolved or closed without a first response has no first-response state).
/// </summary>
public static class TicketSlaStatus
{
    public static SlaState? Of(SupportTicket ticket, SlaClock clock, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var (stoppedAt, minutes) = clock == SlaClock.FirstResponse
            ? (ticket.FirstResponseAt, ticket.SlaFirstResponseMinutes)
            : (ticket.ResolvedAt, ticket.SlaResolutionMinutes);
        if (stoppedAt is { } stopped)
            return stopped <= ticket.CreatedAt.AddMinutes(minutes) ? SlaState.Met : SlaState.Breached;
        if (TicketSlaClock.Running(ticket).FirstOrDefault(c => c.Clock == clock) is not { } running)
            return null;
        if (now > running.DueAt)
            return SlaState.Breached;
        var atRisk = (decimal)(now - ticket.CreatedAt).Ticks >= EscalationSla.AtRiskAfterShare * TimeSpan.FromMinutes(minutes).Ticks;
        return atRisk ? SlaState.AtRisk : SlaState.OnTrack;
    }
}
