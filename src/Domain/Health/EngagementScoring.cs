using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// Engagement from recency (the original's ladder on days since the last engagement) and frequency (events per 30 days
/// against a target), combined with fixed shares and rounded to one decimal.
/// </summary>
public static class EngagementScoring
{
    /// <summary>How recently weighs more than how often: an account that has gone quiet is the earliest churn signal.</summary>
    public const decimal RecencyShare = 0.60m;

    /// <summary>Frequency separates a single recent touch from a steady relationship.</summary>
    public const decimal FrequencyShare = 0.40m;

    /// <summary>Events per 30 days that earn the full frequency score: about one touch a week, the cadence the reference sets for its top segments.</summary>
    public const decimal TargetEventsPer30Days = 4m;

    /// <summary>Frequency is normalised to a 30-day month so windows of any length compare.</summary>
    public const decimal FrequencyBasisDays = 30m;

    /// <summary>Recency ladder of the original: engaged today.</summary>
    public const int RecencyToday = 95;

    /// <summary>Within 3 days.</summary>
    public const int RecencyWithin3Days = 85;

    /// <summary>Within a week.</summary>
    public const int RecencyWithin7Days = 75;

    /// <summary>Within two weeks.</summary>
    public const int RecencyWithin14Days = 60;

    /// <summary>Within 30 days.</summary>
    public const int RecencyWithin30Days = 45;

    /// <summary>Longer ago than 30 days, and also "never engaged": the ladder's lowest step (the original's 50 for "unknown" rewarded silence).</summary>
    public const int RecencyOlder = 30;

    public static decimal RecencyScore(int? daysSinceLastEngagement) => daysSinceLastEngagement switch
    {
        null => RecencyOlder,
        < 0 => throw new ArgumentOutOfRangeException(nameof(daysSinceLastEngagement), daysSinceLastEngagement,
            $"days_since_last_engagement must not be negative; got {daysSinceLastEngagement}."),
        0 => RecencyToday,
        <= 3 => RecencyWithin3Days,
        <= 7 => RecencyWithin7Days,
        <= 14 => RecencyWithin14Days,
        <= 30 => RecencyWithin30Days,
        _ => RecencyOlder,
    };

    public static ComponentScore Score(EngagementFacts facts)
    {
        var (recency, per30Days, frequency, score) = Compute(facts);

        var lastSeen = facts.DaysSinceLastEngagement is { } days ? $"last engagement {days} days ago" : "no engagement ever recorded";
        EvidenceItem[] evidence =
        [
            facts.DaysSinceLastEngagement is { } d
                ? EvidenceItem.Number("days_since_last_engagement", d)
                : EvidenceItem.Code("days_since_last_engagement", "never"),
            EvidenceItem.Number("recency_score", recency),
            EvidenceItem.Number("engagement_events_in_window", facts.EngagementEventsInWindow),
            EvidenceItem.Number("window_days", facts.WindowDays),
            EvidenceItem.Number("events_per_30_days", Round2(per30Days)),
            EvidenceItem.Number("target_events_per_30_days", TargetEventsPer30Days),
            EvidenceItem.Number("frequency_score", frequency),
        ];
        var explanation =
            $"engagement {Text(score)} = {Text(RecencyShare)} x recency {Text(recency)} ({lastSeen})"
            + $" + {Text(FrequencyShare)} x frequency {Text(frequency)} ({facts.EngagementEventsInWindow} events in {facts.WindowDays} days"
            + $" = {Text(Round2(per30Days))} per 30 days, target {Text(TargetEventsPer30Days)})";
        return new ComponentScore(HealthComponent.Engagement, score, evidence, explanation);
    }

    /// <summary>The score of <see cref="Score"/> alone, with no evidence or explanation built.</summary>
    public static decimal Value(EngagementFacts facts) => Compute(facts).Score;

    private static (decimal Recency, decimal Per30Days, decimal Frequency, decimal Score) Compute(EngagementFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        FactGuard.NotNegative(facts.EngagementEventsInWindow, "engagement_events_in_window");
        if (facts.WindowDays < 1)
            throw new ArgumentOutOfRangeException(nameof(facts), facts.WindowDays, $"window_days must be at least 1; got {facts.WindowDays}.");

        var recency = RecencyScore(facts.DaysSinceLastEngagement);
        var per30Days = facts.EngagementEventsInWindow * FrequencyBasisDays / facts.WindowDays;
        var frequency = Round1(MaxScore * CappedRatio(per30Days, TargetEventsPer30Days));
        return (recency, per30Days, frequency, Round1((RecencyShare * recency) + (FrequencyShare * frequency)));
    }
}
