using CsMcp.Domain.Support;
using CsMcp.Infrastructure.Persistence;

namespace CsMcp.Application.Tests.Features.Support;

/// <summary>Fixed tickets for two registered clients around the test clock (2026-06-15 12:00 UTC).</summary>
internal static class SupportData
{
    private static int _sequence;

    public static SupportTicket Ticket(string clientId, TicketPriority priority, DateTime createdAt, TicketStatus status, string? team, string? agent,
        int? firstResponseAfter = null, int? resolvedAfter = null, int? rating = null, bool escalated = false)
    {
        var sla = TicketSla.For(priority);
        return new SupportTicket
        {
            TicketId = $"TKT-{900000 + Interlocked.Increment(ref _sequence)}",
            ClientId = clientId,
            Subject = "Subject",
            Description = "Description",
            Priority = priority,
            Status = status,
            RequesterEmail = "pat.lee@acme.example",
            RequesterName = "Pat Lee",
            AssignedTeam = team,
            AssignedAgent = agent,
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
            FirstResponseAt = firstResponseAfter is { } f ? createdAt.AddMinutes(f) : null,
            ResolvedAt = resolvedAfter is { } r ? createdAt.AddMinutes(r) : null,
            SlaFirstResponseMinutes = sla.FirstResponseMinutes,
            SlaResolutionMinutes = sla.ResolutionMinutes,
            SatisfactionRating = rating,
            Escalated = escalated,
            EscalatedAt = escalated ? createdAt.AddMinutes(5) : null,
        };
    }

    private static DateTime At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>
    /// A: five tickets in the last 30 days (two Tier 2 by Alex, one met and one breached; three Tier 1), one in the previous 30 days,
    /// one old open P4 ticket past both SLAs. B: one Tier 1 ticket by "bo" (the same agent, other spelling).
    /// </summary>
    public static async Task SeedAsync(CsMcpDbContext db, string a, string b)
    {
        db.SupportTickets.AddRange(
            Ticket(a, TicketPriority.P1, At(6, 10, 10), TicketStatus.Closed, "Tier 2", "Alex", 10, 200, 5),
            Ticket(a, TicketPriority.P1, At(6, 11, 10), TicketStatus.Resolved, "Tier 2", "Alex", 30, 300, 2, escalated: true),
            Ticket(a, TicketPriority.P3, At(6, 1, 10), TicketStatus.Resolved, "Tier 1", "Bo", 60, 1000, 4),
            Ticket(a, TicketPriority.P3, At(6, 15, 8, 30), TicketStatus.Open, "Tier 1", null),
            Ticket(a, TicketPriority.P2, At(6, 14, 14), TicketStatus.InProgress, "Tier 1", "Bo", 30),
            Ticket(a, TicketPriority.P3, At(4, 20, 10), TicketStatus.Closed, "Tier 1", "Bo", 100, 500, 3),
            Ticket(a, TicketPriority.P4, At(4, 1, 10), TicketStatus.Open, "Tier 1", null),
            Ticket(b, TicketPriority.P2, At(6, 5, 10), TicketStatus.Closed, "Tier 1", "bo", 20, 600));
        await db.SaveChangesAsync();
    }
}
