namespace CsMcp.Application.Common.Integrations.Analytics;

/// <summary>
/// A product event. Property values: string, bool, whole or decimal numbers, DateTime (UTC), or null.
/// <see cref="InsertId"/> makes re-sending the same event harmless (the platform deduplicates on it);
/// by default it is derived from name, distinct id and time, so the same event always gets the same id.
/// </summary>
public sealed record AnalyticsEvent
{
    public required string Name { get; init; }

    /// <summary>The user (or account) the event belongs to.</summary>
    public required string DistinctId { get; init; }

    public required DateTime OccurredAt { get; init; }

    public IReadOnlyDictionary<string, object?> Properties { get; init; } = new Dictionary<string, object?>();

    public string? InsertId { get; init; }
}

/// <summary>An event the platform refused, by its position in the submitted list.</summary>
public sealed record AnalyticsRejectedEvent(int Index, string? InsertId, string Reason);

/// <summary>What the platform accepted. <see cref="Endpoint"/>: "import" (validated, server-side) or "track" (recent events only).</summary>
public sealed record AnalyticsIngestResult(int Submitted, int Accepted, IReadOnlyList<AnalyticsRejectedEvent> Rejected, string Endpoint);

/// <summary>Profile properties to set on a user; <see cref="SetOnce"/> keeps existing values; <see cref="Unset"/> removes properties.</summary>
public sealed record AnalyticsProfileUpdate
{
    public required string DistinctId { get; init; }

    public IReadOnlyDictionary<string, object?> Set { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> SetOnce { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyList<string> Unset { get; init; } = [];
}
