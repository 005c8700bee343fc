using CsMcp.Infrastructure.DemoData;

namespace CsMcp.Infrastructure.Tests.DemoData;

public sealed class DemoStoryMixTests
{
    [Fact]
    public void The_shares_add_up_to_100_percent_and_cover_every_story()
    {
        Assert.Equal(100, DemoStoryMix.Shares.Sum(s => s.Percent));
        Assert.Equal(Enum.GetValues<DemoStory>().Order(), DemoStoryMix.Shares.Select(s => s.Story).Order());
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(33)]
    [InlineData(10_000)]
    public void Counts_add_up_and_every_story_appears_once_there_are_enough_clients(int clients)
    {
        var counts = DemoStoryMix.Counts(clients);

        Assert.Equal(clients, counts.Values.Sum());
        Assert.All(Enum.GetValues<DemoStory>(), story => Assert.True(counts[story] >= 1, $"{story} missing"));
    }

    [Fact]
    public void Ten_thousand_clients_follow_the_percentages_exactly()
    {
        var counts = DemoStoryMix.Counts(10_000);

        Assert.All(DemoStoryMix.Shares, s => Assert.Equal(s.Percent * 100, counts[s.Story]));
    }

    [Fact]
    public void Fewer_clients_than_stories_still_add_up()
    {
        var counts = DemoStoryMix.Counts(3);

        Assert.Equal(3, counts.Values.Sum());
        Assert.Equal(1, counts[DemoStory.Steady]);
    }
}
