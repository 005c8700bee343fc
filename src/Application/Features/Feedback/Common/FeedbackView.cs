using CsMcp.Domain.Feedback;

namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>A stored feedback item as tools return it.</summary>
public sealed record FeedbackView(
    string FeedbackId,
    string ClientId,
    FeedbackType FeedbackType,
    string Source,
    string SubmitterName,
    string SubmitterEmail,
    string Title,
    string Content,
    string Category,
    string? Subcategory,
    IReadOnlyList<string> Tags,
    FeedbackPriority Priority,
    SentimentLabel Sentiment,
    decimal SentimentScore,
    IReadOnlyList<string> Themes,
    FeedbackStatus Status,
    bool FollowUpRequired,
    DateOnly? FollowUpBy,
    string AssignedTo,
    bool ClosedLoop,
    DateTime? ClosedAt,
    string? ClosureNotes,
    DateTime SubmittedAt)
{
    public static FeedbackView Of(FeedbackItem f) => new(f.FeedbackId, f.ClientId, f.FeedbackType, f.Source, f.SubmitterName, f.SubmitterEmail,
        f.Title, f.Content, f.Category, f.Subcategory, f.Tags, f.Priority, f.Sentiment, f.SentimentScore, f.Themes, f.Status, f.FollowUpRequired,
        f.FollowUpDue, f.Owner, f.ClosedLoop, f.ClosedAt, f.ClosureNotes, f.SubmittedAt);
}
