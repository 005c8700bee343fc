using CsMcp.Domain.Health;

namespace CsMcp.Domain.Retention;

/// <summary>
/// One churn prediction of one client, kept for audit: the probability, its level, the health score it started from,
/// the signals that moved it and the exact inputs it was computed from.
/// </summary>
public sealed class ChurnPrediction
{
    public long Id { get; set; }
    public required string ClientId { get; set; }
    public DateTime PredictedAt { get; set; }
    public decimal Probability { get; set; }
    public RiskLevel RiskLevel { get; set; }

    /// <summary>The health score (overall) the base probability came from; null when health had no data.</summary>
    public int? HealthScore { get; set; }

    public decimal BaseProbability { get; set; }
    public decimal ArrAtRisk { get; set; }
    public required string ModelVersion { get; set; }

    /// <summary>The signal codes that fired (usage_decline, ticket_spike, ...).</summary>
    public List<string> Signals { get; set; } = [];

    /// <summary>The facts used, keyed by snake_case names, as text.</summary>
    public Dictionary<string, string> Inputs { get; set; } = [];
}
