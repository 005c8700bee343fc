namespace CsMcp.Domain.Clients;

/// <summary>One entry of a client's timeline. Every write to a client appends one.</summary>
public sealed class ClientEvent
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public TimelineEventType EventType { get; set; }
    public required string Category { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public EventImpact Impact { get; set; } = EventImpact.Neutral;
    public EventSeverity Severity { get; set; } = EventSeverity.Low;
    public DateTime OccurredAt { get; set; }

    /// <summary>Facts behind the event (amounts, previous and new values) as text; an empty value means "none".</summary>
    public Dictionary<string, string> Metadata { get; set; } = [];

    /// <summary>Stable public id derived from the row id.</summary>
    public string EventId => $"evt_{Id}";
}
