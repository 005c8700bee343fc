using CsMcp.Domain.Common;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using CsMcp.Domain.Surveys;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Retention;

/// <summary>
/// Churn probability from health and its trends (docs/retention-tools.md): the health engine's base probability
/// clamp((100 - overall) / 100, 0.05, 0.95) plus the uplift of each signal that fired, clamped again to 0.05-0.95.
/// A heuristic, not a trained model; every uplift is listed with its evidence so the number can be checked by hand.
/// </summary>
public static class ChurnSignals
{
    public const string ModelVersion = "signals-v1";

    public const decimal UsageDeclineFrom = 20m;
    public const decimal UsageSteepDeclineFrom = 40m;
    public const int EngagementGapDays = 30;
    public const int EngagementLongGapDays = 60;
    public const int TicketSpikeMinimum = 3;
    public const int NpsDropPoints = 20;
    public const int RenewalWindowDays = 90;
    public const int RenewalImminentDays = 30;
    public const int RenewalHealthBelow = 70;

    public static ChurnPredictionResult Predict(ChurnSignalFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (facts.Overall is not { } overall)
            return new ChurnPredictionResult(null, null, null, [], "No churn probability: the health score has no data to start from.");

        var signals = Find(facts).ToList();
        var base_ = ChurnModel.For(overall).Probability;
        var probability = Math.Clamp(base_ + signals.Sum(s => s.Uplift), ChurnModel.MinProbability, ChurnModel.MaxProbability);
        var basis = signals.Count == 0
            ? $"base {Text(base_)} from health {overall}; no signal fired"
            : $"base {Text(base_)} from health {overall} + " + string.Join(" + ", signals.Select(s => $"{Text(s.Uplift)} {s.Code}"))
              + $" = {Text(probability)} (clamped to {Text(ChurnModel.MinProbability)}-{Text(ChurnModel.MaxProbability)})";
        return new ChurnPredictionResult(probability, ChurnModel.LevelFor(probability), base_, signals, basis);
    }

    private static IEnumerable<ChurnSignal> Find(ChurnSignalFacts f)
    {
        if (f.Current.Usage is { } now && f.Previous.Usage is { AverageActiveUsers: > 0 } before)
        {
            var decline = Round1((before.AverageActiveUsers - now.AverageActiveUsers) / before.AverageActiveUsers * 100m);
            if (decline >= UsageDeclineFrom)
                yield return new ChurnSignal("usage_decline", decline >= UsageSteepDeclineFrom ? "high" : "medium", decline >= UsageSteepDeclineFrom ? 0.15m : 0.10m,
                    $"average active users fell {Text(decline)} % ({Text2(before.AverageActiveUsers)} -> {Text2(now.AverageActiveUsers)}) against the previous window");
        }

        if (f.Current.Engagement is { } engagement)
        {
            if (engagement.DaysSinceLastEngagement is null)
                yield return new ChurnSignal("engagement_gap", "high", 0.10m, "no engagement event has ever been recorded");
            else if (engagement.DaysSinceLastEngagement > EngagementGapDays)
            {
                var long_ = engagement.DaysSinceLastEngagement > EngagementLongGapDays;
                yield return new ChurnSignal("engagement_gap", long_ ? "high" : "medium", long_ ? 0.10m : 0.05m,
                    $"last engagement {engagement.DaysSinceLastEngagement} days ago (over {(long_ ? EngagementLongGapDays : EngagementGapDays)})");
            }
        }

        if (f.Current.Support is { } tickets && f.Previous.Support is { } earlier
            && tickets.TicketsInWindow >= TicketSpikeMinimum && tickets.TicketsInWindow >= 2 * earlier.TicketsInWindow)
        {
            yield return new ChurnSignal("ticket_spike", tickets.HighPriorityTicketsInWindow > 0 ? "high" : "medium", 0.05m,
                $"{tickets.TicketsInWindow} tickets ({tickets.HighPriorityTicketsInWindow} P0/P1) against {earlier.TicketsInWindow} in the previous window");
        }

        if (Nps(f.Current.Satisfaction) is { } npsNow && Nps(f.Previous.Satisfaction) is { } npsBefore && npsBefore - npsNow >= NpsDropPoints)
            yield return new ChurnSignal("nps_drop", "high", 0.05m, $"NPS fell {npsBefore - npsNow} points ({npsBefore} -> {npsNow})");

        if (f.PaymentStatus is PaymentStatus.Late or PaymentStatus.Overdue or PaymentStatus.AtRisk or PaymentStatus.PaymentPlan)
        {
            var serious = f.PaymentStatus is PaymentStatus.Overdue or PaymentStatus.AtRisk;
            yield return new ChurnSignal("payment_problem", serious ? "high" : "medium", serious ? 0.10m : 0.05m,
                $"payment status {Common.EnumCodes<PaymentStatus>.ToCode(f.PaymentStatus.Value)}");
        }

        if (f.DaysUntilRenewal <= RenewalWindowDays && f.Overall < RenewalHealthBelow)
        {
            var imminent = f.DaysUntilRenewal <= RenewalImminentDays;
            yield return new ChurnSignal("renewal_proximity", imminent ? "high" : "medium", imminent ? 0.10m : 0.05m,
                f.DaysUntilRenewal < 0
                    ? $"renewal date passed {-f.DaysUntilRenewal} days ago with health {f.Overall} (below {RenewalHealthBelow})"
                    : $"renewal in {f.DaysUntilRenewal} days with health {f.Overall} (below {RenewalHealthBelow})");
        }

        if (f.PreviousOverall is { } previous && f.Overall - previous < -3)
            yield return new ChurnSignal("health_decline", "medium", 0.05m, $"health fell {previous - f.Overall} points ({previous} -> {f.Overall}) against the previous window");
    }

    /// <summary>NPS of the window, rounded like the health score; null without NPS answers.</summary>
    public static int? Nps(SatisfactionFacts? facts) =>
        facts is null ? null : SurveyScales.Nps(facts.Promoters, facts.Detractors, facts.NpsResponses);
}

/// <param name="Probability">Null when health had no data.</param>
/// <param name="BaseProbability">The health engine's churn probability for the current score.</param>
/// <param name="Basis">The arithmetic in words.</param>
public sealed record ChurnPredictionResult(decimal? Probability, RiskLevel? Level, decimal? BaseProbability, IReadOnlyList<ChurnSignal> Signals, string Basis);
