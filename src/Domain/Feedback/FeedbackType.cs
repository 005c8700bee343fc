namespace CsMcp.Domain.Feedback;

/// <summary>What a piece of feedback is (the original's feedback_type values).</summary>
public enum FeedbackType
{
    Nps,
    Csat,
    Ces,
    FeatureRequest,
    BugReport,
    ProductFeedback,
    ServiceFeedback,
    General,
}
