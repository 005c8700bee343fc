namespace CsMcp.Domain.Retention;

/// <summary>A retention campaign: a playbook run for a set of clients. The idempotency key is unique.</summary>
public sealed class RetentionCampaign
{
    public const int MaxIdLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxIdempotencyKeyLength = 100;
    public const int MaxSelectionLength = 1000;

    public long Id { get; set; }

    /// <summary>Business key, <c>rc_&lt;unix-ms&gt;</c>.</summary>
    public required string CampaignId { get; set; }

    public required string Name { get; set; }
    public CampaignType CampaignType { get; set; }
    public InterventionLevel InterventionLevel { get; set; }
    public CampaignStatus Status { get; set; } = CampaignStatus.Active;
    public required string Owner { get; set; }
    public required string IdempotencyKey { get; set; }

    /// <summary>How the first clients were chosen (ids, or the risk filter), in words.</summary>
    public required string Selection { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<PlaybookStep> Steps { get; set; } = [];
    public List<CampaignEnrolment> Enrolments { get; set; } = [];
}
