namespace CsMcp.Domain.Clients.Timeline;

/// <summary>
/// What a kind of timeline entry fixes: its stored category and event type, the impact and severity it has unless its
/// facts say otherwise, and the metadata keys it always carries. <see cref="CarriesChanges"/> kinds also carry a
/// <c>previous.&lt;field&gt;</c> and <c>new.&lt;field&gt;</c> pair per changed field.
/// </summary>
public sealed record TimelineEventSpec(
    TimelineEventKind Kind,
    string Category,
    TimelineEventType EventType,
    EventImpact Impact,
    EventSeverity Severity,
    IReadOnlyList<string> MetadataKeys,
    bool CarriesChanges = false);
