namespace CsMcp.Application.Common.Integrations.Messaging;

public enum MessagingConversationState
{
    Open,
    Closed,
    Snoozed,
}

public sealed record MessagingConversation(
    string Id,
    string? Title,
    MessagingConversationState State,
    bool Read,
    bool Priority,
    string? AdminAssigneeId,
    IReadOnlyList<string> ContactIds,
    IReadOnlyList<string> Tags,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? WaitingSince);

/// <summary>Conversation search criteria; all given criteria must match.</summary>
public sealed record MessagingConversationSearch
{
    public string? ContactId { get; init; }

    /// <summary>Conversations with any of these contacts (e.g. every contact of a company); empty = no such filter.</summary>
    public IReadOnlyList<string> ContactIds { get; init; } = [];

    public MessagingConversationState? State { get; init; }

    public DateTime? UpdatedSince { get; init; }
}

/// <summary>A note an admin left on a contact.</summary>
public sealed record MessagingNote(string Id, string ContactId, string Body, string? AuthorAdminId, DateTime CreatedAt);

public sealed record MessagingTag(string Id, string Name);

public sealed record MessagingAdmin(string Id, string Name, string? Email, string? JobTitle, bool AwayMode);

/// <summary>
/// Something a contact did, recorded on their activity. Identify the contact by <see cref="ContactId"/>,
/// <see cref="ExternalId"/> or <see cref="Email"/>. Metadata values: string, bool or numbers.
/// </summary>
public sealed record MessagingEvent
{
    public required string EventName { get; init; }

    public required DateTime OccurredAt { get; init; }

    public string? ContactId { get; init; }

    public string? ExternalId { get; init; }

    public string? Email { get; init; }

    public IReadOnlyDictionary<string, object?> Metadata { get; init; } = new Dictionary<string, object?>();
}

public enum MessagingChannel
{
    InApp,
    Email,
}

/// <summary>A message from an admin to one contact. E-mail messages need a subject.</summary>
public sealed record AdminMessage
{
    public required string ContactId { get; init; }

    public required MessagingChannel Channel { get; init; }

    public required string Body { get; init; }

    public string? Subject { get; init; }

    /// <summary>The sending admin; default INTERCOM_ADMIN_ID, else the admin that owns the access token.</summary>
    public string? FromAdminId { get; init; }

    /// <summary>E-mail template: personal (looks hand-written) instead of plain.</summary>
    public bool Personal { get; init; }
}

public sealed record MessagingMessage(string Id, string? ConversationId, MessagingChannel Channel, DateTime CreatedAt);
