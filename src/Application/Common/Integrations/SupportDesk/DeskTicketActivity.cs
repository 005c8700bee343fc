namespace CsMcp.Application.Common.Integrations.SupportDesk;

/// <summary>The requester's satisfaction rating of a ticket, as the desk asks it (good or bad).</summary>
public enum DeskSatisfaction
{
    Good,
    Bad,
}

/// <summary>
/// A ticket with what a sync needs beyond <see cref="DeskTicket"/>: the requester, the satisfaction rating, and the
/// desk's own measurements (first reply and solve times). Null where the desk has no value (not rated, not replied, not solved).
/// </summary>
public sealed record DeskTicketActivity(
    DeskTicket Ticket,
    string? RequesterEmail,
    string? RequesterName,
    DeskSatisfaction? Satisfaction,
    string? SatisfactionComment,
    DateTime? FirstReplyAt,
    DateTime? SolvedAt);
