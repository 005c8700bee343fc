namespace CsMcp.Domain.Retention;

/// <summary>A stored automation rule: when a client matches, it is enrolled into the rule's campaign.</summary>
public sealed class RetentionTriggerRule
{
    public const int MaxIdLength = 40;

    public long Id { get; set; }

    /// <summary>Business key, <c>rule_&lt;unix-ms&gt;</c>.</summary>
    public required string RuleId { get; set; }

    public RetentionTriggerType TriggerType { get; set; }
    public decimal Threshold { get; set; }

    /// <summary>renewal_risk only: the renewal window in days.</summary>
    public int? RenewalWithinDays { get; set; }

    public int LookbackDays { get; set; }
    public required string CampaignId { get; set; }
    public bool Active { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    public DateTime? LastEvaluatedAt { get; set; }
    public int LastMatchedCount { get; set; }
}
