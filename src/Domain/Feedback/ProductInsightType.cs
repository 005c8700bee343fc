namespace CsMcp.Domain.Feedback;

/// <summary>What a product insight is about (the original's insight_type values).</summary>
public enum ProductInsightType
{
    FeatureRequest,
    BugReport,
    UsabilityFeedback,
    PerformanceFeedback,
    IntegrationRequest,
    GeneralProduct,
}
