using CsMcp.Domain.Metrics;
using CsMcp.Domain.Surveys;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>What each metric is computed from, as the result's computed_from and first rule say it.</summary>
internal static class MetricDefinitions
{
    public static string Of(CsMetric metric) => metric switch
    {
        CsMetric.Nps => $"nps: {SurveyScales.NpsRule}, over NPS survey responses answered in the bucket.",
        CsMetric.Csat => "csat: average score (1-5) of CSAT survey responses answered in the bucket.",
        CsMetric.Ces => "ces: average score (1-7, 7 = very easy, higher is better) of CES survey responses answered in the bucket.",
        CsMetric.SupportSatisfaction => "support_satisfaction: average satisfaction rating (1-5) of support tickets resolved in the bucket.",
        CsMetric.HealthScore => "health_score: average over clients of each client's latest stored health snapshot overall score (0-100) calculated in the bucket.",
        CsMetric.EngagementScore => "engagement_score: average over clients of the engagement component (0-100, recency and frequency of engagement events) of each client's latest health snapshot calculated in the bucket.",
        CsMetric.ChurnRate => "churn_rate: clients churned in the bucket (churn record date, else the move into churned) / clients that were customers at its start (first contract term started, not churned before).",
        CsMetric.RetentionRate => "retention_rate: 1 - churn_rate over the same base (customers at the bucket start).",
        CsMetric.ExpansionRate => "expansion_rate: ARR added by contract terms starting in the bucket above the client's previous term / ARR of the terms in force the day before the bucket starts.",
        CsMetric.TimeToValue => "time_to_value: average days from the day a client became a customer (first contract term start) to its first value (first use of a core feature), for clients reaching first value in the bucket.",
        _ => "feature_adoption: at the bucket end, average over customers of the share of features available to their tier (released by then) they had first used by then.",
    };
}
