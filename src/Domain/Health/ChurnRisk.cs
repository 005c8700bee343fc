namespace CsMcp.Domain.Health;

/// <summary>The heuristic churn estimate from the overall score (not a trained model); <see cref="Basis"/> shows the arithmetic.</summary>
public sealed record ChurnRisk(decimal Probability, RiskLevel Level, string Basis);
