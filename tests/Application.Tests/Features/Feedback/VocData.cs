using CsMcp.Domain.Feedback;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence;
using static CsMcp.Application.Tests.Features.Feedback.FeedbackData;

namespace CsMcp.Application.Tests.Features.Feedback;

/// <summary>
/// Fixed feedback, surveys and insights for manage_voice_of_customer around the test clock (2026-06-15 12:00 UTC).
/// Monthly period 2026-05-16..06-15 (previous 04-15..05-15). Clients A and B give feedback, C none.
/// Current: V1 A very_positive closed after 2 d; V2 A negative high, follow-up due 06-13, open; V3 A positive low, open;
/// V4 B very_negative critical, due 06-13, closed 06-13; V5 B positive, due 05-27, closed 05-30 (late).
/// Previous: V6 A positive closed 05-03; V7 A neutral, due 04-27, open. Older: V8 B negative, open.
/// Insights: PI-1 (06-05, V2+V4, A and B, planned), PI-2 (04-20, V7, A, shipped 06-10), PI-3 (06-08, V2, B, no status).
/// </summary>
internal static class VocData
{
    public static async Task SeedAsync(CsMcpDbContext db, string a, string b)
    {
        db.FeedbackItems.AddRange(
            With(Item(a, SentimentLabel.VeryPositive, At(6, 1), id: "FB-V1"), closedAt: At(6, 3)),
            With(Item(a, SentimentLabel.Negative, At(6, 10), type: FeedbackType.BugReport, id: "FB-V2"), "product-team@company.com", FeedbackPriority.High, new(2026, 6, 13)),
            With(Item(a, SentimentLabel.Positive, At(6, 14), id: "FB-V3"), priority: FeedbackPriority.Low),
            With(Item(b, SentimentLabel.VeryNegative, At(6, 12), id: "FB-V4"), "cs-leadership@company.com", FeedbackPriority.Critical, new(2026, 6, 13), At(6, 13)),
            With(Item(b, SentimentLabel.Positive, At(5, 20), id: "FB-V5"), due: new(2026, 5, 27), closedAt: At(5, 30)),
            With(Item(a, SentimentLabel.Positive, At(5, 1), id: "FB-V6"), closedAt: At(5, 3)),
            With(Item(a, SentimentLabel.Neutral, At(4, 20), id: "FB-V7"), due: new(2026, 4, 27)),
            Item(b, SentimentLabel.Negative, At(3, 1), id: "FB-V8"));
        db.SurveyResponses.AddRange(
            Sent(Survey(a, SurveyType.Nps, 10, At(6, 2)), At(6, 2).AddHours(-2)),
            Survey(a, SurveyType.Nps, 9, At(6, 3)),
            Sent(Survey(b, SurveyType.Nps, 3, At(6, 4)), At(6, 3)),
            Survey(a, SurveyType.Csat, 4, At(6, 5)),
            Survey(b, SurveyType.Csat, 5, At(6, 6)),
            Survey(a, SurveyType.Nps, 0, At(4, 20)));
        db.ProductInsights.AddRange(
            Insight("PI-1", ProductInsightType.BugReport, 6.5m, At(6, 5), ["FB-V2", "FB-V4"], [a, b], RoadmapStatus.Planned, At(6, 6)),
            Insight("PI-2", ProductInsightType.FeatureRequest, 5m, At(4, 20), ["FB-V7"], [a], RoadmapStatus.Shipped, At(6, 10)),
            Insight("PI-3", ProductInsightType.PerformanceFeedback, 4m, At(6, 8), ["FB-V2"], [b], null, null));
        await db.SaveChangesAsync();
    }

    private static FeedbackItem With(FeedbackItem item, string owner = "cs-team@company.com", FeedbackPriority priority = FeedbackPriority.Medium,
        DateOnly? due = null, DateTime? closedAt = null)
    {
        item.Owner = owner;
        item.Priority = priority;
        item.FollowUpRequired = due is not null;
        item.FollowUpDue = due;
        item.Status = closedAt is null ? FeedbackStatus.Open : FeedbackStatus.Closed;
        item.ClosedLoop = closedAt is not null;
        item.ClosedAt = closedAt;
        item.ClosureNotes = closedAt is null ? null : "Answered";
        return item;
    }

    private static SurveyResponse Sent(SurveyResponse response, DateTime sentAt)
    {
        response.SentAt = sentAt;
        return response;
    }

    private static ProductInsight Insight(string id, ProductInsightType type, decimal value, DateTime createdAt, List<string> feedback, List<string> clients,
        RoadmapStatus? status, DateTime? updatedAt) => new()
    {
        InsightId = id,
        InsightType = type,
        Title = $"Insight {id}",
        Description = "d",
        Priority = FeedbackPriority.High,
        FeedbackIds = feedback,
        AffectedClientIds = clients,
        CustomerImpact = "c",
        BusinessImpact = "b",
        RecommendedAction = "r",
        BusinessValueScore = value,
        Urgency = InsightUrgency.High,
        DeliveryStatus = "sent",
        CreatedAt = createdAt,
        RoadmapStatus = status,
        RoadmapUpdatedAt = updatedAt,
    };
}
