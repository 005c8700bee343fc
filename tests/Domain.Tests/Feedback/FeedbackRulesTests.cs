using CsMcp.Domain.Feedback;

namespace CsMcp.Domain.Tests.Feedback;

public sealed class FeedbackRulesTests
{
    [Theory]
    [InlineData("Great", "excellent, easy, love it", SentimentLabel.VeryPositive, 0.8)]
    [InlineData("Great", "but slow", SentimentLabel.Neutral, 0.0)]
    [InlineData("Great", "excellent", SentimentLabel.Positive, 0.5)]
    [InlineData("Bug", "slow", SentimentLabel.Negative, -0.5)]
    [InlineData("Broken", "bug, slow, terrible", SentimentLabel.VeryNegative, -0.8)]
    public void Keyword_sentiment_follows_the_reference_bands(string title, string content, SentimentLabel label, double score)
    {
        var (actual, actualScore, _, _) = FeedbackRules.Sentiment(title, content);
        Assert.Equal((label, (decimal)score), (actual, actualScore));
    }

    [Fact]
    public void Aggregate_label_trend_and_health_follow_the_reference()
    {
        // 2 very_positive + 1 negative + 1 neutral: (2 - 0.5) / 4 = 0.375 -> positive.
        var overall = SentimentAggregate.Overall([SentimentLabel.VeryPositive, SentimentLabel.VeryPositive, SentimentLabel.Negative, SentimentLabel.Neutral]);
        Assert.Equal(0.375m, overall);
        Assert.Equal(SentimentLabel.Positive, SentimentAggregate.LabelOf(0.375m));
        Assert.Null(SentimentAggregate.Overall([]));
        Assert.Equal(25m, SentimentAggregate.PercentChange(0.375m, 0.3m));
        Assert.Equal(SentimentTrend.Improving, SentimentAggregate.TrendOf(25m));
        Assert.Equal(SentimentTrend.Stable, SentimentAggregate.TrendOf(null));
        Assert.Equal(("good", 75), SentimentAggregate.Health(0.375m, SentimentTrend.Improving));
        Assert.Equal(("fair", 60), SentimentAggregate.Health(0.375m, SentimentTrend.Declining));
    }

    [Fact]
    public void Business_value_urgency_and_escalation_follow_the_reference()
    {
        // min(3/2.5, 4) = 1.2 + high 2 + min(4/5, 2) = 0.8 + sentiment -0.5 < -0.3 -> 1 = 5.0.
        Assert.Equal(5.0m, InsightValue.Score(3, FeedbackPriority.High, 4, -0.5m));
        Assert.Equal(10m, InsightValue.Score(20, FeedbackPriority.Critical, 30, -1m));
        Assert.Equal(InsightUrgency.High, InsightValue.Urgency(FeedbackPriority.High, 5.0m));
        Assert.Equal(InsightUrgency.Medium, InsightValue.Urgency(FeedbackPriority.Low, 4.0m));
        Assert.True(InsightValue.ExecutiveEscalation(FeedbackPriority.High, 5, 5m));
        Assert.False(InsightValue.ExecutiveEscalation(FeedbackPriority.High, 4, 7.9m));
    }
}
