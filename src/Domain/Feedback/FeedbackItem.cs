namespace CsMcp.Domain.Feedback;

/// <summary>One piece of customer feedback, with its keyword sentiment, themes, routing and closed-loop state.</summary>
public sealed class FeedbackItem
{
    public const int MaxIdLength = 40;
    public const int MaxSourceLength = 50;
    public const int MaxNameLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxContentLength = 8000;
    public const int MaxCategoryLength = 50;
    public const int MaxTags = 20;
    public const int MaxTagLength = 50;
    public const int MaxOwnerLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxIdempotencyKeyLength = 100;

    public long Id { get; set; }

    /// <summary>Business key, <c>FB-&lt;unix-ms&gt;</c> (demo data: <c>FB-000001</c>).</summary>
    public required string FeedbackId { get; set; }

    public required string ClientId { get; set; }
    public FeedbackType FeedbackType { get; set; }
    public required string Source { get; set; }
    public required string SubmitterName { get; set; }
    public required string SubmitterEmail { get; set; }
    public required string Title { get; set; }
    public required string Content { get; set; }
    public required string Category { get; set; }
    public string? Subcategory { get; set; }
    public List<string> Tags { get; set; } = [];
    public FeedbackPriority Priority { get; set; } = FeedbackPriority.Medium;

    /// <summary>Keyword sentiment score: 0.8, 0.5, 0, -0.5 or -0.8.</summary>
    public decimal SentimentScore { get; set; }

    public SentimentLabel Sentiment { get; set; }
    public List<string> Themes { get; set; } = [];
    public required string Emotion { get; set; }
    public FeedbackStatus Status { get; set; } = FeedbackStatus.Open;
    public bool FollowUpRequired { get; set; }
    public DateOnly? FollowUpDue { get; set; }
    public required string Owner { get; set; }
    public bool EscalationRequired { get; set; }

    /// <summary>True once the submitter has been told what happened to their feedback.</summary>
    public bool ClosedLoop { get; set; }

    public DateTime? ClosedAt { get; set; }
    public string? ClosureNotes { get; set; }
    public string? IdempotencyKey { get; set; }
    public DateTime SubmittedAt { get; set; }
}
