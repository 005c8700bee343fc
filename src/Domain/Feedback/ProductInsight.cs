namespace CsMcp.Domain.Feedback;

/// <summary>A product insight shared with the product team, backed by stored feedback items.</summary>
public sealed class ProductInsight
{
    public const int MaxIdLength = 40;
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;

    public long Id { get; set; }

    /// <summary>Business key, <c>PI-&lt;unix-ms&gt;</c>.</summary>
    public required string InsightId { get; set; }

    public ProductInsightType InsightType { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public FeedbackPriority Priority { get; set; }
    public List<string> FeedbackIds { get; set; } = [];
    public List<string> AffectedClientIds { get; set; } = [];
    public required string CustomerImpact { get; set; }
    public required string BusinessImpact { get; set; }
    public required string RecommendedAction { get; set; }
    public List<string> Recipients { get; set; } = [];
    public DateOnly? DueDate { get; set; }
    public decimal BusinessValueScore { get; set; }
    public InsightUrgency Urgency { get; set; }
    public bool ExecutiveEscalation { get; set; }

    /// <summary>sent, or why not (e.g. "not sent: email not configured").</summary>
    public required string DeliveryStatus { get; set; }

    public string? IdempotencyKey { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Null until the insight has been given a roadmap status.</summary>
    public RoadmapStatus? RoadmapStatus { get; set; }

    public DateTime? RoadmapUpdatedAt { get; set; }
}
