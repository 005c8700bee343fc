namespace CsMcp.Domain.Health;

/// <summary>
/// A component that moved the score: positive when it scored 80 or more, negative below 70.
/// </summary>
/// <param name="Impact">
/// Positive drivers: points the component adds to the overall (score x applied weight).
/// Negative drivers: points it costs against a perfect score ((100 - score) x applied weight). 2 decimals; drivers are ordered by it.
/// </param>
/// <param name="Explanation">Why it is a driver, e.g. "usage 67.2 (below 70) costs 11.48 points against a perfect score".</param>
/// <param name="Formula">How the component's score was computed (the component's explanation).</param>
/// <param name="Evidence">The numbers behind the score (the component's evidence).</param>
public sealed record HealthDriver(
    HealthComponent Component,
    decimal Score,
    decimal AppliedWeight,
    decimal Impact,
    string Explanation,
    string Formula,
    IReadOnlyList<EvidenceItem> Evidence);
