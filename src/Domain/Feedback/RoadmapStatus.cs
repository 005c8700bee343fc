namespace CsMcp.Domain.Feedback;

/// <summary>Where a product insight stands on the customer roadmap; an insight without one has not been reviewed yet.</summary>
public enum RoadmapStatus
{
    UnderReview,
    Planned,
    InProgress,
    Shipped,
    Declined,
}
