using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

public class EngagementScoringTests
{
    [Theory]
    [InlineData(0, 95)]
    [InlineData(1, 85)]
    [InlineData(3, 85)]
    [InlineData(4, 75)]
    [InlineData(7, 75)]
    [InlineData(8, 60)]
    [InlineData(14, 60)]
    [InlineData(15, 45)]
    [InlineData(30, 45)]
    [InlineData(31, 30)]
    [InlineData(400, 30)]
    public void Recency_follows_the_reference_ladder(int days, int expected)
    {
        Assert.Equal(expected, EngagementScoring.RecencyScore(days));
    }

    [Fact]
    public void Never_engaged_gets_the_lowest_recency()
    {
        Assert.Equal(30m, EngagementScoring.RecencyScore(null));
    }

    [Fact]
    public void Blends_recency_and_frequency()
    {
        var result = EngagementScoring.Score(HealthFixtures.ExampleEngagement);

        Assert.Equal(75m, result.Score);
        Assert.Equal(75m, result.Evidence("recency_score"));
        Assert.Equal(3m, result.Evidence("events_per_30_days"));
        Assert.Equal(75m, result.Evidence("frequency_score"));
        Assert.Equal(
            "engagement 75 = 0.6 x recency 75 (last engagement 5 days ago) + 0.4 x frequency 75 (3 events in 30 days = 3 per 30 days, target 4)",
            result.Explanation);
    }

    [Fact]
    public void Frequency_is_capped_at_the_target()
    {
        // 0.6 x 95 + 0.4 x 100
        Assert.Equal(97m, EngagementScoring.Score(new EngagementFacts(0, 10, 30)).Score);
    }

    [Fact]
    public void Frequency_is_normalised_to_30_days()
    {
        // 5 events in 45 days = 3.33 per 30 days -> 83.3; 0.6 x 45 + 0.4 x 83.3 = 60.32 -> 60.3
        var result = EngagementScoring.Score(new EngagementFacts(20, 5, 45));

        Assert.Equal(3.33m, result.Evidence("events_per_30_days"));
        Assert.Equal(83.3m, result.Evidence("frequency_score"));
        Assert.Equal(60.3m, result.Score);
    }

    [Fact]
    public void No_engagement_ever_scores_lowest_and_says_so()
    {
        var result = EngagementScoring.Score(new EngagementFacts(null, 0, 30));

        Assert.Equal(18m, result.Score);
        Assert.Equal("never", result.Evidence.Single(e => e.Name == "days_since_last_engagement").Text);
        Assert.Contains("(no engagement ever recorded)", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_days_and_empty_windows_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EngagementScoring.Score(new EngagementFacts(-1, 0, 30)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EngagementScoring.Score(new EngagementFacts(2, 1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => EngagementScoring.Score(new EngagementFacts(2, -1, 30)));
    }
}
