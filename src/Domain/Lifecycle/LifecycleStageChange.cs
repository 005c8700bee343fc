using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Lifecycle;

/// <summary>One move of a client between lifecycle stages; the client's current stage is the latest change's <see cref="ToStage"/>.</summary>
public sealed class LifecycleStageChange
{
    public const int MaxReasonLength = 500;

    public long Id { get; set; }
    public required string ClientId { get; set; }

    /// <summary>Null for the client's first stage.</summary>
    public LifecycleStage? FromStage { get; set; }

    public LifecycleStage ToStage { get; set; }
    public DateTime ChangedAt { get; set; }
    public string? Reason { get; set; }

    /// <summary>Who made the change: a CSM's name, or "system" for automatic moves.</summary>
    public string? ChangedBy { get; set; }
}
