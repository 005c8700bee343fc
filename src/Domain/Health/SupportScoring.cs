using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// The original's support formula over tickets created in the window:
/// 100 - min(30, 3 x tickets) - min(20, 10 x P0/P1 tickets), clamped to 0-100. It cannot fall below 50.
/// </summary>
public static class SupportScoring
{
    /// <summary>Each ticket costs 3 points: volume signals friction even when every ticket is routine.</summary>
    public const int PointsPerTicket = 3;

    /// <summary>Volume alone costs at most 30 points (10 tickets), so a busy but healthy account is not wiped out.</summary>
    public const int TicketPenaltyCap = 30;

    /// <summary>Each P0/P1 ticket costs 10 more points: outages and blockers hurt far more than questions.</summary>
    public const int PointsPerHighPriorityTicket = 10;

    /// <summary>High-priority tickets cost at most 20 points (2 tickets).</summary>
    public const int HighPriorityPenaltyCap = 20;

    public static ComponentScore Score(SupportFacts facts, int windowDays)
    {
        var (volumePenalty, priorityPenalty, score) = Compute(facts);

        EvidenceItem[] evidence =
        [
            EvidenceItem.Number("tickets_in_window", facts.TicketsInWindow),
            EvidenceItem.Number("high_priority_tickets_in_window", facts.HighPriorityTicketsInWindow),
            EvidenceItem.Number("window_days", windowDays),
            EvidenceItem.Number("ticket_volume_penalty", volumePenalty),
            EvidenceItem.Number("high_priority_penalty", priorityPenalty),
        ];
        var explanation = $"support {Text(score)} = 100 - {volumePenalty} for {facts.TicketsInWindow} tickets in {windowDays} days"
            + $" ({PointsPerTicket} each, at most {TicketPenaltyCap}) - {priorityPenalty} for {facts.HighPriorityTicketsInWindow} P0/P1 tickets"
            + $" ({PointsPerHighPriorityTicket} each, at most {HighPriorityPenaltyCap})";
        return new ComponentScore(HealthComponent.Support, score, evidence, explanation);
    }

    /// <summary>The score of <see cref="Score"/> alone, with no evidence or explanation built.</summary>
    public static decimal Value(SupportFacts facts) => Compute(facts).Score;

    private static (long VolumePenalty, long PriorityPenalty, decimal Score) Compute(SupportFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        FactGuard.NotNegative(facts.TicketsInWindow, "tickets_in_window");
        FactGuard.NotNegative(facts.HighPriorityTicketsInWindow, "high_priority_tickets_in_window");
        if (facts.HighPriorityTicketsInWindow > facts.TicketsInWindow)
            throw new ArgumentOutOfRangeException(nameof(facts), facts.HighPriorityTicketsInWindow,
                $"high_priority_tickets_in_window ({facts.HighPriorityTicketsInWindow}) must not exceed tickets_in_window ({facts.TicketsInWindow}).");

        var volumePenalty = Math.Min(TicketPenaltyCap, (long)PointsPerTicket * facts.TicketsInWindow);
        var priorityPenalty = Math.Min(HighPriorityPenaltyCap, (long)PointsPerHighPriorityTicket * facts.HighPriorityTicketsInWindow);
        return (volumePenalty, priorityPenalty, ClampScore(MaxScore - volumePenalty - priorityPenalty));
    }
}
