namespace CsMcp.Domain.Health;

/// <summary>
/// Everything the engine scores, gathered from stored data for one client. A null component means there is no data
/// for it: it is reported as no_data and its weight is spread over the components that have data.
/// </summary>
/// <param name="LookbackDays">The window the facts were gathered over (1-365); quoted in explanations.</param>
public sealed record HealthInputs(
    UsageFacts? Usage,
    EngagementFacts? Engagement,
    SupportFacts? Support,
    SatisfactionFacts? Satisfaction,
    PaymentFacts? Payment,
    int LookbackDays)
{
    public const int MinLookbackDays = 1;
    public const int MaxLookbackDays = 365;
}
