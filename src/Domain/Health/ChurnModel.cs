using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// The original's churn heuristic: p = clamp((100 - overall) / 100, 0.05, 0.95); level low below 0.25, medium below 0.50,
/// high below 0.75, else critical. Deliberately not adjusted by the trend: the trend is reported beside it, and a
/// probability that moves without the score moving would be hard to explain.
/// </summary>
public static class ChurnModel
{
    /// <summary>A heuristic on one score never claims certainty that a client stays...</summary>
    public const decimal MinProbability = 0.05m;

    /// <summary>...or that it leaves.</summary>
    public const decimal MaxProbability = 0.95m;

    /// <summary>From 0.25: medium churn risk.</summary>
    public const decimal MediumFrom = 0.25m;

    /// <summary>From 0.50: high churn risk.</summary>
    public const decimal HighFrom = 0.50m;

    /// <summary>From 0.75: critical churn risk.</summary>
    public const decimal CriticalFrom = 0.75m;

    public static ChurnRisk For(int overall)
    {
        var raw = (MaxScore - overall) / MaxScore;
        var probability = Math.Clamp(raw, MinProbability, MaxProbability);
        var basis = $"clamp((100 - {overall}) / 100, {Text(MinProbability)}, {Text(MaxProbability)}) = {Text(probability)}";
        return new ChurnRisk(probability, LevelFor(probability), basis);
    }

    public static RiskLevel LevelFor(decimal probability) => probability switch
    {
        < MediumFrom => RiskLevel.Low,
        < HighFrom => RiskLevel.Medium,
        < CriticalFrom => RiskLevel.High,
        _ => RiskLevel.Critical,
    };
}
