namespace CsMcp.Domain.Health;

/// <summary>One component as it entered the overall score.</summary>
/// <param name="Score">0-100, one decimal; null when the component had no data.</param>
/// <param name="ConfiguredWeight">The weight asked for.</param>
/// <param name="AppliedWeight">The weight actually used after redistribution over the components with data (4 decimals; 0 without data).</param>
/// <param name="Contribution">Score x applied weight (2 decimals); null without data.</param>
/// <param name="Evidence">The input numbers and sub-scores that produced the score.</param>
/// <param name="Explanation">One line: the formula with its numbers, or why there was no data.</param>
public sealed record HealthComponentResult(
    HealthComponent Component,
    ComponentStatus Status,
    decimal? Score,
    decimal ConfiguredWeight,
    decimal AppliedWeight,
    decimal? Contribution,
    IReadOnlyList<EvidenceItem> Evidence,
    string Explanation);
