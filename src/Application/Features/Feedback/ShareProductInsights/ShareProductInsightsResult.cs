using CsMcp.Domain.Feedback;

namespace CsMcp.Application.Features.Feedback.ShareProductInsights;

public sealed record ShareProductInsightsResult(
    string InsightId,
    bool Replayed,
    ProductInsightType InsightType,
    string Title,
    FeedbackPriority Priority,
    IReadOnlyList<string> SupportingFeedbackIds,
    IReadOnlyList<string> AffectedCustomers,
    DateOnly? DueDate,
    InsightDelivery DeliverySummary,
    InsightImpact ImpactSummary,
    IReadOnlyList<CustomerQuote> CustomerQuotes,
    string DeliveryMessage,
    IReadOnlyList<string> NextSteps,
    InsightTracking Tracking,
    string Rule);

/// <param name="DeliveryStatus">sent, or "not sent: ..." with the reason (e.g. email not configured).</param>
public sealed record InsightDelivery(IReadOnlyList<string> Recipients, string DeliveryMethod, string DeliveryStatus, DateTime? DeliveredAt, bool ExecutiveEscalation);

/// <param name="AverageSentiment">Mean stored sentiment score of the supporting feedback, -1 to 1.</param>
public sealed record InsightImpact(int AffectedCustomers, int SupportingFeedbackItems, decimal BusinessValueScore, string OverallSentiment,
    decimal AverageSentiment, decimal PositiveShare, decimal NegativeShare, InsightUrgency UrgencyLevel, string EffortEstimate);

public sealed record CustomerQuote(string FeedbackId, string ClientId, string SubmitterName, string Quote, SentimentLabel Sentiment);

public sealed record InsightTracking(DateOnly ExpectedAcknowledgment, DateOnly SuggestedReviewDate);
