using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.Clients;

public sealed record TimelineEvent(
    string EventId,
    DateTime Timestamp,
    TimelineEventType EventType,
    string Category,
    string Title,
    string Description,
    IReadOnlyDictionary<string, string> Metadata,
    EventImpact Impact,
    EventSeverity Severity)
{
    public static TimelineEvent From(ClientEvent e) =>
        new(e.EventId, e.OccurredAt, e.EventType, e.Category, e.Title, e.Description, e.Metadata, e.Impact, e.Severity);
}
