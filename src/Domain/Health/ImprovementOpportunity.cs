namespace CsMcp.Domain.Health;

/// <summary>A component below the target whose improvement would lift the overall score.</summary>
/// <param name="PotentialImpact">round((target - score) x applied weight, 1): overall points gained by reaching the target.</param>
public sealed record ImprovementOpportunity(
    HealthComponent Component,
    decimal CurrentScore,
    decimal TargetScore,
    decimal PotentialImpact,
    OpportunityPriority Priority,
    string Explanation);
