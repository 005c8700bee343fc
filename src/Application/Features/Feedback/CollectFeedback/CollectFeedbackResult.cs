using System.Text.Json;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Feedback;

namespace CsMcp.Application.Features.Feedback.CollectFeedback;

/// <param name="Replayed">True when an earlier call with the same idempotency_key stored this feedback; nothing new was written.</param>
public sealed record CollectFeedbackResult(
    string FeedbackId,
    bool Replayed,
    FeedbackView FeedbackRecord,
    FeedbackSentimentAnalysis SentimentAnalysis,
    FeedbackRouting Routing,
    IReadOnlyList<string> ActionItems,
    IReadOnlyList<string> NextSteps,
    Dictionary<string, JsonElement>? Metadata);

/// <param name="PositiveWords">How many of the positive keywords the title and content contain.</param>
/// <param name="NegativeWords">How many of the negative keywords they contain.</param>
public sealed record FeedbackSentimentAnalysis(
    SentimentLabel Sentiment,
    decimal SentimentScore,
    decimal Confidence,
    IReadOnlyList<string> KeyThemes,
    string EmotionDetected,
    int PositiveWords,
    int NegativeWords,
    string Rule);

public sealed record FeedbackRouting(
    string AssignedTo,
    FeedbackPriority Priority,
    bool FollowUpRequired,
    DateOnly? FollowUpBy,
    bool EscalationRequired,
    string Rule);
