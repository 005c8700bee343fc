using CsMcp.Domain.Contracts;
using CsMcp.Domain.Health;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Retention;

/// <summary>
/// score_risk_factors: six factor scores 0-100 (higher = riskier) with the reference weights, an overall risk score and
/// early warnings. Factors without data get weight 0 and the others are rescaled, as in the health score.
/// Every formula is in docs/retention-tools.md.
/// </summary>
public static class RiskFactorModel
{
    public static IReadOnlyDictionary<RiskFactor, decimal> Weights { get; } = new Dictionary<RiskFactor, decimal>
    {
        [RiskFactor.UsageDecline] = 0.25m,
        [RiskFactor.LowEngagement] = 0.20m,
        [RiskFactor.SupportVolume] = 0.15m,
        [RiskFactor.PaymentHealth] = 0.15m,
        [RiskFactor.Satisfaction] = 0.15m,
        [RiskFactor.ContractHealth] = 0.10m,
    };

    /// <summary>A factor at or above this raises an early warning (critical from 80).</summary>
    public const decimal WarningFrom = 60m;

    public const decimal CriticalWarningFrom = 80m;

    /// <summary>A factor at or below this is a protective factor.</summary>
    public const decimal ProtectiveUpTo = 20m;

    public static RiskFactorResult Score(RiskFactorFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        FactorScore[] factors = [UsageDecline(facts), Engagement(facts), Support(facts), Payment(facts), Satisfaction(facts), Contract(facts)];
        var withData = factors.Where(f => f.Score is not null).ToList();
        var weightSum = withData.Sum(f => f.Weight);
        decimal? overall = weightSum == 0m ? null : Round1(withData.Sum(f => f.Score!.Value * f.Weight) / weightSum);
        var warnings = factors.Where(f => f.Score >= WarningFrom)
            .OrderByDescending(f => f.Score)
            .Select(f => new RiskWarning(f.Factor, f.Score >= CriticalWarningFrom ? "critical" : "high", $"{Name(f.Factor)} risk {Text(f.Score!.Value)}: {f.Derivation}"))
            .ToList();
        var protective = factors.Where(f => f.Score <= ProtectiveUpTo).Select(f => f.Factor).ToList();
        return new RiskFactorResult(factors, overall, overall is { } o ? LevelFor(o) : null, weightSum == 1m || weightSum == 0m ? null
            : $"{string.Join(", ", factors.Where(f => f.Score is null).Select(f => Name(f.Factor)))} had no data; the other weights were rescaled to sum to 1.",
            warnings, protective);
    }

    public const decimal CriticalFrom = 75m;
    public const decimal HighFrom = 50m;
    public const decimal MediumFrom = 25m;

    /// <summary>The level bands in words, for descriptions and results.</summary>
    public static string LevelRule { get; } = $"risk level critical >= {CriticalFrom}, high >= {HighFrom}, medium >= {MediumFrom}, else low";

    public static RiskLevel LevelFor(decimal overall) => overall switch
    {
        >= CriticalFrom => RiskLevel.Critical,
        >= HighFrom => RiskLevel.High,
        >= MediumFrom => RiskLevel.Medium,
        _ => RiskLevel.Low,
    };

    public static string Name(RiskFactor factor) => Common.EnumCodes<RiskFactor>.ToCode(factor);

    private static FactorScore UsageDecline(RiskFactorFacts f)
    {
        var weight = Weights[RiskFactor.UsageDecline];
        if (f.Current.Usage is { } now && f.Previous.Usage is { AverageActiveUsers: > 0 } before)
        {
            var decline = (before.AverageActiveUsers - now.AverageActiveUsers) / before.AverageActiveUsers * 100m;
            var score = Round1(ClampScore(2m * decline));
            return new(RiskFactor.UsageDecline, score, weight,
                $"clamp(2 x {Text(Round1(decline))} % decline in average active users ({Text2(before.AverageActiveUsers)} -> {Text2(now.AverageActiveUsers)}), 0, 100)");
        }

        if (f.UsageScore is { } usage)
            return new(RiskFactor.UsageDecline, Round1(MaxScore - usage), weight, $"100 - usage score {Text(usage)} (no usage in the previous window to measure a decline)");
        return new(RiskFactor.UsageDecline, null, weight, "no usage data");
    }

    private static FactorScore Engagement(RiskFactorFacts f) => f.EngagementScore is { } s
        ? new(RiskFactor.LowEngagement, Round1(MaxScore - s), Weights[RiskFactor.LowEngagement], $"100 - engagement score {Text(s)}")
        : new(RiskFactor.LowEngagement, null, Weights[RiskFactor.LowEngagement], "no engagement data");

    private static FactorScore Support(RiskFactorFacts f) => f.SupportScore is { } s
        ? new(RiskFactor.SupportVolume, Round1(ClampScore(2m * (MaxScore - s))), Weights[RiskFactor.SupportVolume],
            $"2 x (100 - support score {Text(s)}); the support score never goes below 50")
        : new(RiskFactor.SupportVolume, null, Weights[RiskFactor.SupportVolume], "no support data");

    private static FactorScore Payment(RiskFactorFacts f)
    {
        var weight = Weights[RiskFactor.PaymentHealth];
        if (f.PaymentStatus is not { } status)
            return new(RiskFactor.PaymentHealth, null, weight, "no contract with a payment status");
        var score = status switch
        {
            PaymentStatus.Current => 0m,
            PaymentStatus.PaymentPlan => 25m,
            PaymentStatus.Late => 50m,
            PaymentStatus.AtRisk => 75m,
            _ => 100m,
        };
        return new(RiskFactor.PaymentHealth, score, weight, $"payment status {Common.EnumCodes<PaymentStatus>.ToCode(status)} (current 0, payment_plan 25, late 50, at_risk 75, overdue 100)");
    }

    private static FactorScore Satisfaction(RiskFactorFacts f) => f.SatisfactionScore is { } s
        ? new(RiskFactor.Satisfaction, Round1(MaxScore - s), Weights[RiskFactor.Satisfaction], $"100 - satisfaction score {Text(s)}")
        : new(RiskFactor.Satisfaction, null, Weights[RiskFactor.Satisfaction], "no NPS or CSAT responses");

    private static FactorScore Contract(RiskFactorFacts f)
    {
        var days = f.DaysUntilRenewal;
        var byDays = days switch
        {
            < 0 => 100m,
            <= 30 => 80m,
            <= 60 => 60m,
            <= 90 => 40m,
            <= 180 => 20m,
            _ => 0m,
        };
        var score = f.AutoRenew ? byDays / 2m : byDays;
        var when = days < 0 ? $"renewal date passed {-days} days ago" : $"renewal in {days} days";
        return new(RiskFactor.ContractHealth, score, Weights[RiskFactor.ContractHealth],
            $"{when} -> {Text(byDays)} (passed 100, <= 30 d 80, <= 60 d 60, <= 90 d 40, <= 180 d 20, else 0)" + (f.AutoRenew ? ", halved for auto-renewal" : string.Empty));
    }
}

/// <param name="UsageScore">Current health component scores (null without data).</param>
public sealed record RiskFactorFacts(
    HealthInputs Current,
    HealthInputs Previous,
    decimal? UsageScore,
    decimal? EngagementScore,
    decimal? SupportScore,
    decimal? SatisfactionScore,
    PaymentStatus? PaymentStatus,
    int DaysUntilRenewal,
    bool AutoRenew);

/// <param name="Score">0-100, higher is riskier; null without data.</param>
public sealed record FactorScore(RiskFactor Factor, decimal? Score, decimal Weight, string Derivation);

public sealed record RiskWarning(RiskFactor Factor, string Severity, string Message);

/// <param name="OverallRiskScore">Weighted average of the factors with data, 1 decimal; null when none had data.</param>
/// <param name="RedistributionNote">Which factors had no data; null when all had.</param>
public sealed record RiskFactorResult(
    IReadOnlyList<FactorScore> Factors,
    decimal? OverallRiskScore,
    RiskLevel? RiskLevel,
    string? RedistributionNote,
    IReadOnlyList<RiskWarning> EarlyWarnings,
    IReadOnlyList<RiskFactor> ProtectiveFactors);
