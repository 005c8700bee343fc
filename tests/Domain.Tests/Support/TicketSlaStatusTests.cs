using CsMcp.Domain.Retention;
using CsMcp.Domain.Support;

namespace CsMcp.Domain.Tests.Support;

public sealed class TicketSlaStatusTests
{
    private static readonly DateTime Created = new(2026, 6, 15, 8, 0, 0, DateTimeKind.Utc);

    // P3: 240 minutes to first response, 2,880 to resolution.
    private static SupportTicket Ticket(TicketStatus status, int? answeredAfter, int? resolvedAfter) => new()
    {
        TicketId = "TKT-1",
        ClientId = "acme",
        Subject = "s",
        Description = "d",
        RequesterEmail = "a@b.example",
        RequesterName = "A",
        Priority = TicketPriority.P3,
        Status = status,
        CreatedAt = Created,
        FirstResponseAt = answeredAfter is { } a ? Created.AddMinutes(a) : null,
        ResolvedAt = resolvedAfter is { } r ? Created.AddMinutes(r) : null,
        SlaFirstResponseMinutes = 240,
        SlaResolutionMinutes = 2_880,
    };

    [Theory]
    [InlineData(240, SlaState.Met)]
    [InlineData(241, SlaState.Breached)]
    public void A_stopped_clock_met_or_breached_its_stored_target(int answeredAfter, SlaState expected) =>
        Assert.Equal(expected, TicketSlaStatus.Of(Ticket(TicketStatus.InProgress, answeredAfter, null), SlaClock.FirstResponse, Created.AddDays(1)));

    [Theory]
    [InlineData(191, SlaState.OnTrack)]
    [InlineData(192, SlaState.AtRisk)]
    [InlineData(240, SlaState.AtRisk)]
    [InlineData(241, SlaState.Breached)]
    public void A_running_clock_is_at_risk_from_80_percent_and_breached_past_due(int minutesLater, SlaState expected) =>
        Assert.Equal(expected, TicketSlaStatus.Of(Ticket(TicketStatus.Open, null, null), SlaClock.FirstResponse, Created.AddMinutes(minutesLater)));

    [Fact]
    public void A_ticket_closed_without_an_answer_has_no_first_response_state()
    {
        var closed = Ticket(TicketStatus.Closed, null, null);
        Assert.Null(TicketSlaStatus.Of(closed, SlaClock.FirstResponse, Created.AddDays(5)));
        Assert.Equal(SlaState.Met, TicketSlaStatus.Of(Ticket(TicketStatus.Resolved, 10, 2_880), SlaClock.Resolution, Created.AddDays(5)));
    }
}
