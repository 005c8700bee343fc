namespace CsMcp.Domain.Feedback;

/// <summary>What part of the relationship feedback is about; drives routing (support/service, billing).</summary>
public enum FeedbackCategory
{
    Product,
    Service,
    Support,
    Billing,
    Onboarding,
    General,
}
