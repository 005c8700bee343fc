namespace CsMcp.Domain.Engagement;

/// <summary>
/// One touchpoint between a client and the vendor: a named contact's login, a meeting or call, an e-mail, in-app activity,
/// a training session. End-user logins are not stored one by one; usage periods aggregate them.
/// </summary>
public sealed class EngagementEvent
{
    public const int MaxSummaryLength = 500;
    public const int MaxExternalIdLength = 100;

    public long Id { get; set; }
    public required string ClientId { get; set; }

    /// <summary>The touchpoint's key in the platform it was imported from (e.g. <c>intercom:conversation:123</c>); null when recorded here.</summary>
    public string? ExternalId { get; set; }

    public EngagementType EventType { get; set; }
    public EngagementDirection Direction { get; set; } = EngagementDirection.Inbound;
    public DateTime OccurredAt { get; set; }
    public string? ContactName { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>Meetings, calls and training sessions: their length.</summary>
    public int? DurationMinutes { get; set; }

    public string? Summary { get; set; }
}
