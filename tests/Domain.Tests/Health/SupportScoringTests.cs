using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

public class SupportScoringTests
{
    [Theory]
    [InlineData(0, 0, 100)]
    [InlineData(1, 0, 97)]
    [InlineData(1, 1, 87)]
    [InlineData(4, 1, 78)]
    [InlineData(2, 2, 74)]
    [InlineData(3, 3, 71)]
    [InlineData(10, 0, 70)]
    [InlineData(11, 0, 70)]
    [InlineData(20, 5, 50)]
    [InlineData(1000, 1000, 50)]
    public void Follows_the_reference_formula(int tickets, int highPriority, int expected)
    {
        Assert.Equal(expected, SupportScoring.Score(new SupportFacts(tickets, highPriority), 30).Score);
    }

    [Fact]
    public void Explains_both_penalties()
    {
        var result = SupportScoring.Score(HealthFixtures.ExampleSupport, 30);

        Assert.Equal(12m, result.Evidence("ticket_volume_penalty"));
        Assert.Equal(10m, result.Evidence("high_priority_penalty"));
        Assert.Equal(
            "support 78 = 100 - 12 for 4 tickets in 30 days (3 each, at most 30) - 10 for 1 P0/P1 tickets (10 each, at most 20)",
            result.Explanation);
    }

    [Fact]
    public void More_high_priority_tickets_than_tickets_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SupportScoring.Score(new SupportFacts(1, 2), 30));

        Assert.StartsWith("high_priority_tickets_in_window (2) must not exceed tickets_in_window (1).", error.Message, StringComparison.Ordinal);
    }
}
