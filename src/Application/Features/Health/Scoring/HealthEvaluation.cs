using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// One client's assessment as of <see cref="AsOf"/>, before anything is stored.
/// </summary>
/// <param name="Previous">The latest snapshot from an earlier day (the trend's reference); null on a first calculation.</param>
/// <param name="StoredToday">The client's snapshot of the same day, if one is stored (a recalculation replaces it).</param>
/// <param name="MatchesStored">True when <paramref name="StoredToday"/> already holds exactly this result, so nothing needs writing.</param>
public sealed record HealthEvaluation(
    ClientHealthFacts Facts,
    HealthAssessment Assessment,
    SnapshotReference? Previous,
    SnapshotReference? StoredToday,
    bool MatchesStored,
    DateTime AsOf);

/// <summary>A stored snapshot by id, time and overall score.</summary>
public sealed record SnapshotReference(long Id, DateTime CalculatedAt, int OverallScore);
