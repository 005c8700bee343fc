using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>Builds and compares the stored form of an assessment.</summary>
public static class HealthSnapshotFactory
{
    /// <summary>A snapshot of an assessment that has an overall score (status scored).</summary>
    public static HealthSnapshot Create(ClientHealthFacts facts, HealthAssessment assessment, string scoringModel, DateTime calculatedAt)
    {
        var snapshot = new HealthSnapshot { ClientId = facts.ClientId, ScoringModel = scoringModel };
        Apply(snapshot, facts, assessment, scoringModel, calculatedAt);
        return snapshot;
    }

    public static void Apply(HealthSnapshot snapshot, ClientHealthFacts facts, HealthAssessment assessment, string scoringModel, DateTime calculatedAt)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(assessment);
        var overall = assessment.Overall ?? throw new ArgumentException("Only an assessment with an overall score can be stored.", nameof(assessment));
        snapshot.CalculatedAt = calculatedAt;
        snapshot.LookbackDays = assessment.LookbackDays;
        snapshot.ScoringModel = scoringModel;
        snapshot.UsageScore = assessment.Component(HealthComponent.Usage).Score;
        snapshot.EngagementScore = assessment.Component(HealthComponent.Engagement).Score;
        snapshot.SupportScore = assessment.Component(HealthComponent.Support).Score;
        snapshot.SatisfactionScore = assessment.Component(HealthComponent.Satisfaction).Score;
        snapshot.PaymentScore = assessment.Component(HealthComponent.Payment).Score;
        snapshot.UsageWeight = assessment.Component(HealthComponent.Usage).AppliedWeight;
        snapshot.EngagementWeight = assessment.Component(HealthComponent.Engagement).AppliedWeight;
        snapshot.SupportWeight = assessment.Component(HealthComponent.Support).AppliedWeight;
        snapshot.SatisfactionWeight = assessment.Component(HealthComponent.Satisfaction).AppliedWeight;
        snapshot.PaymentWeight = assessment.Component(HealthComponent.Payment).AppliedWeight;
        snapshot.OverallScore = overall;
        snapshot.PreviousOverallScore = assessment.PreviousOverall;
        snapshot.Trend = assessment.Trend ?? HealthTrend.Stable;
        snapshot.Inputs = facts.ToSnapshotInputs();
    }

    /// <summary>True when the stored snapshot holds exactly this result (scores, weights, window, model, facts).</summary>
    public static bool Matches(HealthSnapshot stored, ClientHealthFacts facts, HealthAssessment assessment, string scoringModel)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(assessment);
        if (assessment.Overall is null)
            return false;
        var candidate = Create(facts, assessment, scoringModel, stored.CalculatedAt);
        return stored.OverallScore == candidate.OverallScore && stored.PreviousOverallScore == candidate.PreviousOverallScore
            && stored.LookbackDays == candidate.LookbackDays && stored.ScoringModel == candidate.ScoringModel
            && stored.UsageScore == candidate.UsageScore && stored.EngagementScore == candidate.EngagementScore
            && stored.SupportScore == candidate.SupportScore && stored.SatisfactionScore == candidate.SatisfactionScore
            && stored.PaymentScore == candidate.PaymentScore && stored.UsageWeight == candidate.UsageWeight
            && stored.EngagementWeight == candidate.EngagementWeight && stored.SupportWeight == candidate.SupportWeight
            && stored.SatisfactionWeight == candidate.SatisfactionWeight && stored.PaymentWeight == candidate.PaymentWeight
            && stored.Inputs.Count == candidate.Inputs.Count && stored.Inputs.All(kv => candidate.Inputs.GetValueOrDefault(kv.Key) == kv.Value);
    }
}
