namespace CsMcp.Domain.Integrations;

/// <summary>
/// Where the import from one integration stands for one client: the watermark the next run starts from, and the
/// outcome of the last attempt. One row per client and integration.
/// </summary>
public sealed class IntegrationSyncState
{
    public const int MaxIntegrationLength = 20;
    public const int MaxCursorLength = 200;
    public const int MaxErrorLength = 1000;

    public long Id { get; set; }
    public required string ClientId { get; set; }

    /// <summary>zendesk, intercom or mixpanel.</summary>
    public required string Integration { get; set; }

    /// <summary>The watermark: everything the platform changed before this UTC time has been imported. Null before the first success.</summary>
    public DateTime? LastSyncedAt { get; set; }

    /// <summary>A platform-specific position to resume from (e.g. the last imported period); null when the watermark suffices.</summary>
    public string? LastCursor { get; set; }

    public DateTime? LastAttemptAt { get; set; }

    /// <summary>The error type of the last failed attempt; null after a success.</summary>
    public string? LastErrorType { get; set; }

    /// <summary>The message of the last failed attempt (never a credential or URL); null after a success.</summary>
    public string? LastError { get; set; }
}
