using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Health;

/// <summary>
/// The explained health of one client. With <see cref="HealthAssessmentStatus.InsufficientData"/> there is no overall score,
/// risk level, trend, churn estimate, drivers or opportunities: the engine never invents a number.
/// </summary>
/// <param name="Overall">int(sum of score x applied weight), truncated like the original; null without data.</param>
/// <param name="WeightedScore">The untruncated weighted score, 2 decimals, so the truncation is visible.</param>
/// <param name="Change">Overall minus the previous overall; null on a first assessment or without data.</param>
/// <param name="Trend">Improving above +3, declining below -3, else stable (also on a first assessment).</param>
/// <param name="Components">Always the five components, in <see cref="HealthComponent"/> order.</param>
/// <param name="RedistributionNote">Says how weights were moved off components without data (or rescaled when they do not sum to exactly 1); null when applied = configured.</param>
/// <param name="Summary">One or two sentences for a human.</param>
public sealed record HealthAssessment(
    HealthAssessmentStatus Status,
    int? Overall,
    decimal? WeightedScore,
    RiskLevel? RiskLevel,
    int? PreviousOverall,
    int? Change,
    HealthTrend? Trend,
    ChurnRisk? Churn,
    IReadOnlyList<HealthComponentResult> Components,
    IReadOnlyList<HealthComponent> ComponentsWithoutData,
    string? RedistributionNote,
    IReadOnlyList<HealthDriver> PositiveDrivers,
    IReadOnlyList<HealthDriver> NegativeDrivers,
    IReadOnlyList<ImprovementOpportunity> Opportunities,
    IReadOnlyList<RiskIndicator> RiskIndicators,
    IReadOnlyList<HealthAlert> Alerts,
    HealthWeights Weights,
    int LookbackDays,
    string Summary)
{
    public HealthComponentResult Component(HealthComponent component) => Components[(int)component];
}
