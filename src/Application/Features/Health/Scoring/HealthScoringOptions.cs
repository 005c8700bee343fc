using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>How to score: the weights (already validated), the scoring model's code, the lookback window and the alert threshold.</summary>
public sealed record HealthScoringOptions(HealthWeights Weights, string ScoringModel, int LookbackDays, decimal RiskThreshold)
{
    public const string WeightedComposite = "weighted_composite";
    public const int DefaultLookbackDays = 30;

    public static HealthScoringOptions Default(HealthWeights weights) =>
        new(weights, WeightedComposite, DefaultLookbackDays, HealthEngine.DefaultRiskThreshold);
}
