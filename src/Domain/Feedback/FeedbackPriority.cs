namespace CsMcp.Domain.Feedback;

/// <summary>How urgent a piece of feedback or a product insight is.</summary>
public enum FeedbackPriority
{
    Critical,
    High,
    Medium,
    Low,
}
