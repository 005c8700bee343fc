namespace CsMcp.Domain.Retention;

public enum RetentionTriggerType
{
    /// <summary>Health score below the threshold.</summary>
    HealthScore,

    /// <summary>Active users fell by more than the threshold (%) against the previous window.</summary>
    UsageDecline,

    /// <summary>A detractor NPS answer (0-6) in the lookback window; the threshold is the highest score that counts (default 6).</summary>
    NpsDetractor,

    /// <summary>Renewal within renewal_within_days days and health below the threshold.</summary>
    RenewalRisk,
}
