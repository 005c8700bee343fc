namespace CsMcp.Domain.Health;

/// <summary>
/// What one scoring rule produced: the 0-100 score (null when the facts hold no usable data), the numbers it used
/// and a one-line explanation of how they combine (or why there was no data).
/// </summary>
public sealed record ComponentScore(HealthComponent Component, decimal? Score, IReadOnlyList<EvidenceItem> Evidence, string Explanation)
{
    public bool HasData => Score is not null;

    public static ComponentScore NoData(HealthComponent component, string reason) => new(component, null, [], reason);
}
