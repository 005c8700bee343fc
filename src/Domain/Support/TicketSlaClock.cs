namespace CsMcp.Domain.Support;

public enum SlaClock
{
    FirstResponse,
    Resolution,
}

/// <summary>An SLA clock of an open ticket that is still running, and when it breaches (created + the stored SLA minutes).</summary>
public sealed record TicketSlaClock(SlaClock Clock, DateTime DueAt)
{
    /// <summary>The running clocks of a ticket: first response until answered, resolution until resolved; none once resolved or closed.</summary>
    public static IReadOnlyList<TicketSlaClock> Running(SupportTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.Status is TicketStatus.Resolved or TicketStatus.Closed || ticket.ResolvedAt is not null)
            return [];
        var clocks = new List<TicketSlaClock>(2);
        if (ticket.FirstResponseAt is null)
            clocks.Add(new(SlaClock.FirstResponse, ticket.CreatedAt.AddMinutes(ticket.SlaFirstResponseMinutes)));
        clocks.Add(new(SlaClock.Resolution, ticket.CreatedAt.AddMinutes(ticket.SlaResolutionMinutes)));
        return clocks;
    }

    public double HoursUntilBreach(DateTime now) => (DueAt - now).TotalHours;
}
