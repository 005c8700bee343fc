using CsMcp.Domain.Health;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Retention;

/// <summary>
/// When an automation rule matches a client (docs/retention-tools.md). health_score: health below the threshold (default 60).
/// usage_decline: average active users down by the threshold % or more against the previous window (default 20).
/// nps_detractor: an NPS answer at or below the threshold (0-6, default 6) in the window. renewal_risk: renewal within
/// renewal_within_days (default 60, including a passed date) and health below the threshold (default 70).
/// </summary>
public static class TriggerRules
{
    public const int DefaultRenewalWithinDays = 60;

    public static decimal DefaultThreshold(RetentionTriggerType type) => type switch
    {
        RetentionTriggerType.HealthScore => HealthBands.AtRiskBelow,
        RetentionTriggerType.UsageDecline => 20m,
        RetentionTriggerType.NpsDetractor => 6m,
        _ => 70m,
    };

    /// <returns>Why the client matches, or null when it does not.</returns>
    public static string? Match(RetentionTriggerType type, decimal threshold, int? renewalWithinDays, TriggerFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        switch (type)
        {
            case RetentionTriggerType.HealthScore:
                return facts.Health is { } h && h < threshold ? $"health {h} is below {Text(threshold)}" : null;
            case RetentionTriggerType.UsageDecline:
                if (facts.PreviousActiveUsers is not > 0m || facts.ActiveUsers is not { } now)
                    return null;
                var decline = Round1((facts.PreviousActiveUsers.Value - now) / facts.PreviousActiveUsers.Value * 100m);
                return decline >= threshold
                    ? $"average active users fell {Text(decline)} % ({Text2(facts.PreviousActiveUsers.Value)} -> {Text2(now)}), at least {Text(threshold)} %"
                    : null;
            case RetentionTriggerType.NpsDetractor:
                return facts.LowestNpsScore is { } score && score <= threshold ? $"NPS answer {score} (at or below {Text(threshold)}) in the window" : null;
            default:
                var within = renewalWithinDays ?? DefaultRenewalWithinDays;
                return facts.Health is { } health && health < threshold && facts.DaysUntilRenewal <= within
                    ? $"renewal in {facts.DaysUntilRenewal} days (within {within}) with health {health} below {Text(threshold)}"
                    : null;
        }
    }
}

/// <param name="Health">Current health score; null without data.</param>
/// <param name="LowestNpsScore">The lowest NPS answer in the window; null without NPS answers.</param>
public sealed record TriggerFacts(int? Health, decimal? ActiveUsers, decimal? PreviousActiveUsers, int? LowestNpsScore, int DaysUntilRenewal);
