using CsMcp.Domain.Common;

namespace CsMcp.Domain.Feedback;

/// <summary>The reference's product-insight business value, urgency and executive escalation (section 3.5).</summary>
public static class InsightValue
{
    public const string Rule = "business value (0-10, 1 dp) = min(customers / 2.5, 4) + priority (critical 3, high 2, medium 1, low 0.5) "
        + "+ min(feedback / 5, 2) + (1 if average feedback sentiment < -0.3 else 0.5). Urgency: critical or >= 8 urgent; high or >= 6 high; "
        + ">= 4 medium; else normal. Executive escalation: critical, high with >= 5 customers, or >= 8.";

    public static decimal Score(int customers, FeedbackPriority priority, int feedbackCount, decimal averageSentiment)
    {
        var value = Math.Min(customers / 2.5m, 4m)
            + priority switch { FeedbackPriority.Critical => 3m, FeedbackPriority.High => 2m, FeedbackPriority.Medium => 1m, _ => 0.5m }
            + Math.Min(feedbackCount / 5m, 2m)
            + (averageSentiment < -0.3m ? 1m : 0.5m);
        return Rounding.Average(Math.Min(value, 10m));
    }

    public static InsightUrgency Urgency(FeedbackPriority priority, decimal score) =>
        priority == FeedbackPriority.Critical || score >= 8m ? InsightUrgency.Urgent
        : priority == FeedbackPriority.High || score >= 6m ? InsightUrgency.High
        : score >= 4m ? InsightUrgency.Medium
        : InsightUrgency.Normal;

    public static bool ExecutiveEscalation(FeedbackPriority priority, int customers, decimal score) =>
        priority == FeedbackPriority.Critical || (priority == FeedbackPriority.High && customers >= 5) || score >= 8m;
}
