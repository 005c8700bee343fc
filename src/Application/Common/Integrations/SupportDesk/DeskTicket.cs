namespace CsMcp.Application.Common.Integrations.SupportDesk;

public enum DeskTicketStatus
{
    New,
    Open,
    Pending,
    Hold,
    Solved,
    Closed,
}

public enum DeskTicketPriority
{
    Low,
    Normal,
    High,
    Urgent,
}

/// <summary>A ticket in the support desk. Times are UTC; <see cref="AgentUrl"/> opens it in the agent interface.</summary>
public sealed record DeskTicket(
    long Id,
    string Subject,
    string? Description,
    DeskTicketStatus Status,
    DeskTicketPriority? Priority,
    string? Type,
    long? RequesterId,
    long? AssigneeId,
    long? OrganizationId,
    string? ExternalId,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string AgentUrl);

/// <summary>A ticket to open on behalf of a requester (created as an end user when unknown).</summary>
public sealed record NewDeskTicket
{
    public required string Subject { get; init; }

    /// <summary>The first, public comment.</summary>
    public required string Description { get; init; }

    public required string RequesterEmail { get; init; }

    public string? RequesterName { get; init; }

    public DeskTicketPriority Priority { get; init; } = DeskTicketPriority.Normal;

    public long? OrganizationId { get; init; }

    /// <summary>Our own id for the ticket, stored by the desk so the ticket can be found again.</summary>
    public string? ExternalId { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Custom field values by the desk's field id.</summary>
    public IReadOnlyDictionary<long, string> CustomFields { get; init; } = new Dictionary<long, string>();

    /// <summary>
    /// Sent as the Idempotency-Key: repeating a create with the same key returns the first ticket instead of a duplicate.
    /// Default: a fresh key per call (retries inside the call reuse it).
    /// </summary>
    public string? IdempotencyKey { get; init; }
}

/// <summary>A comment to add to a ticket.</summary>
public sealed record DeskComment(string Body, bool Public = true, long? AuthorId = null);

/// <summary>Changes to a ticket; null fields are left as they are. Tags are added and removed, never replaced wholesale.</summary>
public sealed record DeskTicketUpdate
{
    public DeskTicketStatus? Status { get; init; }

    public DeskTicketPriority? Priority { get; init; }

    public long? AssigneeId { get; init; }

    public string? Subject { get; init; }

    public IReadOnlyList<string> AddTags { get; init; } = [];

    public IReadOnlyList<string> RemoveTags { get; init; } = [];

    public DeskComment? Comment { get; init; }
}

/// <summary>Ticket search criteria; all given criteria must match. No criteria lists every ticket.</summary>
public sealed record DeskTicketSearch
{
    /// <summary>Free text matched against subject, description and comments.</summary>
    public string? Text { get; init; }

    public DeskTicketStatus? Status { get; init; }

    public DeskTicketPriority? Priority { get; init; }

    public string? RequesterEmail { get; init; }

    public long? OrganizationId { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Only tickets updated at or after this UTC time.</summary>
    public DateTime? UpdatedSince { get; init; }
}
