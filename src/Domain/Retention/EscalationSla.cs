using CsMcp.Domain.Common;

namespace CsMcp.Domain.Retention;

/// <summary>
/// Escalation resolution SLA: 4 hours for critical, 24 hours otherwise (the original's rule). Status from real times:
/// open and more than 80 % of the SLA elapsed = at_risk (the ticket SLA rule's 80 %), past due = breached; once resolved
/// the clock stops and the escalation either met or breached its SLA.
/// </summary>
public static class EscalationSla
{
    public const int CriticalHours = 4;
    public const int StandardHours = 24;

    /// <summary>Share of the SLA that may elapse before an open escalation is at risk.</summary>
    public const decimal AtRiskAfterShare = 0.80m;

    public static int HoursFor(EscalationSeverity severity) => severity == EscalationSeverity.Critical ? CriticalHours : StandardHours;

    public static SlaEvaluation Evaluate(DateTime createdAt, int slaHours, DateTime? resolvedAt, DateTime now)
    {
        var due = createdAt.AddHours(slaHours);
        var end = resolvedAt ?? now;
        var elapsed = Hours(end - createdAt);
        if (resolvedAt is not null)
        {
            var state = resolvedAt <= due ? SlaState.Met : SlaState.Breached;
            return new SlaEvaluation(state, due, elapsed, null, state == SlaState.Breached ? Hours(end - due) : null);
        }

        if (now > due)
            return new SlaEvaluation(SlaState.Breached, due, elapsed, null, Hours(now - due));
        var remaining = Hours(due - now);
        var atRisk = (decimal)(now - createdAt).Ticks >= AtRiskAfterShare * TimeSpan.FromHours(slaHours).Ticks;
        return new SlaEvaluation(atRisk ? SlaState.AtRisk : SlaState.OnTrack, due, elapsed, remaining, null);
    }

    private static decimal Hours(TimeSpan span) => Rounding.Amount((decimal)span.TotalHours);
}

/// <param name="HoursRemaining">Hours until the due time while open and not yet breached; otherwise null.</param>
/// <param name="HoursOverdue">Hours past the due time when breached; otherwise null.</param>
public sealed record SlaEvaluation(SlaState Status, DateTime DueAt, decimal ElapsedHours, decimal? HoursRemaining, decimal? HoursOverdue);
