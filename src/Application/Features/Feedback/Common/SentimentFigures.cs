using CsMcp.Domain.Feedback;

namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>
/// Aggregate sentiment of a period against the previous one (SentimentAggregate): the figures analyze_feedback_sentiment
/// and the voice-of-customer reports both give. Score and health are null without feedback; the trend is stable without a comparison.
/// </summary>
public sealed record SentimentFigures(int Items, decimal? Score, decimal? PreviousScore, decimal? PercentChange, SentimentTrend Trend, (string Status, int Score)? Health)
{
    public SentimentLabel? Label => Score is { } s ? SentimentAggregate.LabelOf(s) : null;

    /// <param name="previous">The previous period's labels; null when not compared.</param>
    public static SentimentFigures Of(IReadOnlyCollection<SentimentLabel> current, IReadOnlyCollection<SentimentLabel>? previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        var score = SentimentAggregate.Overall(current);
        var previousScore = previous is null ? null : SentimentAggregate.Overall(previous);
        var percent = score is { } s ? SentimentAggregate.PercentChange(s, previousScore) : null;
        var trend = SentimentAggregate.TrendOf(percent);
        return new SentimentFigures(current.Count, score, previousScore, percent, trend, score is { } sc ? SentimentAggregate.Health(sc, trend) : null);
    }
}
