using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Retention;

/// <summary>
/// Which warning signs preceded a churn and how early each became visible. The input is the client's health at checkpoints
/// before the churn date (oldest first, the last one at the churn date). A sign "became visible" at the earliest checkpoint
/// from which it held at every later checkpoint up to the churn: a sign that came and went does not count from its first blip.
/// Signs: health_below_60, usage_decline (average active users 20 % or more below the oldest checkpoint with usage),
/// engagement_gap (no engagement for over 30 days), support_strain (support score below 80), nps_negative (window NPS below 0),
/// payment_problem (payment status other than current).
/// </summary>
public static class PostmortemSignals
{
    public const int HealthBelow = HealthBands.AtRiskBelow;

    public static IReadOnlyList<WarningSign> Find(IReadOnlyList<HealthCheckpoint> checkpoints)
    {
        ArgumentNullException.ThrowIfNull(checkpoints);
        if (checkpoints.Count == 0)
            return [];
        var baselineUsage = checkpoints.Select(c => c.Inputs.Usage?.AverageActiveUsers).FirstOrDefault(u => u > 0);
        var rules = new (string Code, Func<HealthCheckpoint, string?> Holds)[]
        {
            ("health_below_60", c => c.Overall < HealthBelow ? $"health {c.Overall}" : null),
            ("usage_decline", c => baselineUsage is { } b && c.Inputs.Usage is { } u && (b - u.AverageActiveUsers) / b * 100m >= ChurnSignals.UsageDeclineFrom
                ? $"average active users {Text2(u.AverageActiveUsers)}, {Text(Round1((b - u.AverageActiveUsers) / b * 100m))} % below {Text2(b)}" : null),
            ("engagement_gap", c => c.Inputs.Engagement is { } e && (e.DaysSinceLastEngagement is null || e.DaysSinceLastEngagement > ChurnSignals.EngagementGapDays)
                ? e.DaysSinceLastEngagement is { } d ? $"{d} days since the last engagement" : "no engagement ever recorded" : null),
            ("support_strain", c => c.SupportScore < RiskIndicatorRules.SupportThreshold
                ? $"support score {Text(c.SupportScore!.Value)} ({c.Inputs.Support!.TicketsInWindow} tickets, {c.Inputs.Support.HighPriorityTicketsInWindow} P0/P1)" : null),
            ("nps_negative", c => ChurnSignals.Nps(c.Inputs.Satisfaction) is { } nps && nps < 0 ? $"NPS {nps}" : null),
            ("payment_problem", c => c.Inputs.Payment is { PaymentStatus: not PaymentStatus.Current } p
                ? $"payment status {Common.EnumCodes<PaymentStatus>.ToCode(p.PaymentStatus)}" : null),
        };

        var signs = new List<WarningSign>();
        foreach (var (code, holds) in rules)
        {
            var first = -1;
            for (var i = checkpoints.Count - 1; i >= 0 && holds(checkpoints[i]) is not null; i--)
                first = i;
            if (first < 0)
                continue;
            var at = checkpoints[first];
            signs.Add(new WarningSign(code, at.Date, at.DaysBeforeChurn, holds(at)!, holds(checkpoints[^1])!));
        }

        return signs.OrderByDescending(s => s.DaysBeforeChurn).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();
    }
}

/// <param name="DaysBeforeChurn">0 for the checkpoint at the churn date.</param>
/// <param name="SupportScore">The health engine's support component at the checkpoint; null without data.</param>
public sealed record HealthCheckpoint(DateOnly Date, int DaysBeforeChurn, int? Overall, decimal? SupportScore, HealthInputs Inputs);

/// <param name="FirstVisibleOn">The checkpoint from which the sign held without a break until the churn.</param>
public sealed record WarningSign(string Code, DateOnly FirstVisibleOn, int DaysBeforeChurn, string ValueWhenFirstVisible, string ValueAtChurn);
