namespace CsMcp.Domain.Support;

/// <summary>
/// A support ticket of a client (the original's <c>support_tickets</c>). SLA targets are stored as they applied when the
/// ticket was opened; SLA status and elapsed times are derived from the timestamps, not stored, so they never go stale.
/// </summary>
public sealed class SupportTicket
{
    public const int MaxTicketIdLength = 50;
    public const int MaxSubjectLength = 500;
    public const int MaxExternalIdLength = 100;

    public long Id { get; set; }

    /// <summary>Business key, <c>TKT-&lt;digits&gt;</c>; tickets imported from Zendesk keep its number as <c>ZD-&lt;id&gt;</c>.</summary>
    public required string TicketId { get; set; }

    public required string ClientId { get; set; }

    /// <summary>The ticket's key in the platform it was imported from (e.g. <c>zendesk:4711</c>); null for tickets created here.</summary>
    public string? ExternalId { get; set; }

    public required string Subject { get; set; }
    public required string Description { get; set; }
    public TicketPriority Priority { get; set; } = TicketPriority.P3;
    public TicketCategory Category { get; set; } = TicketCategory.Other;
    public TicketStatus Status { get; set; } = TicketStatus.Open;
    public required string RequesterEmail { get; set; }
    public required string RequesterName { get; set; }
    public string? AssignedAgent { get; set; }
    public string? AssignedTeam { get; set; }
    public List<string> Tags { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? FirstResponseAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int SlaFirstResponseMinutes { get; set; }
    public int SlaResolutionMinutes { get; set; }

    /// <summary>The requester's rating of the resolution, 1 to 5; null when not rated.</summary>
    public int? SatisfactionRating { get; set; }

    public string? SatisfactionComment { get; set; }
    public bool Escalated { get; set; }
    public DateTime? EscalatedAt { get; set; }
    public string? EscalationReason { get; set; }
    public string? ResolutionNotes { get; set; }

    public bool IsUrgent => Priority is TicketPriority.P0 or TicketPriority.P1;

    public double? MinutesToFirstResponse => FirstResponseAt is { } at ? (at - CreatedAt).TotalMinutes : null;

    public double? MinutesToResolution => ResolvedAt is { } at ? (at - CreatedAt).TotalMinutes : null;
}
