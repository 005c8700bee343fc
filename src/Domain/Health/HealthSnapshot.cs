using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Health;

/// <summary>
/// One stored health-score calculation of a client (the original's <c>health_scores</c>): the five component scores,
/// the weights used, the overall score and its trend against the previous snapshot. The latest snapshot is also
/// mirrored on the client (health_score, health_trend, health_calculated_at).
/// </summary>
public sealed class HealthSnapshot
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public DateTime CalculatedAt { get; set; }

    /// <summary>Days of data the calculation looked back over.</summary>
    public int LookbackDays { get; set; }

    /// <summary>The scoring model's code, e.g. weighted_composite or custom.</summary>
    public required string ScoringModel { get; set; }

    /// <summary>Component scores 0-100; null when the component had no data to score.</summary>
    public decimal? UsageScore { get; set; }
    public decimal? EngagementScore { get; set; }
    public decimal? SupportScore { get; set; }
    public decimal? SatisfactionScore { get; set; }
    public decimal? PaymentScore { get; set; }

    /// <summary>Weights 0-1 as used (after any redistribution of missing components); they sum to 1.</summary>
    public decimal UsageWeight { get; set; }
    public decimal EngagementWeight { get; set; }
    public decimal SupportWeight { get; set; }
    public decimal SatisfactionWeight { get; set; }
    public decimal PaymentWeight { get; set; }

    public int OverallScore { get; set; }

    /// <summary>Overall score of the snapshot before this one; null for a client's first calculation.</summary>
    public int? PreviousOverallScore { get; set; }

    public HealthTrend Trend { get; set; } = HealthTrend.Stable;

    /// <summary>The facts the scores were computed from (counts, averages, dates), as strings keyed by snake_case names.</summary>
    public Dictionary<string, string> Inputs { get; set; } = [];

    public int? ScoreChange => PreviousOverallScore is { } previous ? OverallScore - previous : null;
}
