using CsMcp.Infrastructure.DemoData;

namespace CsMcp.Infrastructure.Tests.DemoData;

public sealed class DemoPortfolioGeneratorTests(DefaultPortfolioFixture fixture) : IClassFixture<DefaultPortfolioFixture>
{
    private static readonly DateOnly AsOf = DefaultPortfolioFixture.AsOf;

    [Fact]
    public void Same_seed_and_day_give_identical_data()
    {
        var first = DemoDigest.Of(DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 40, Seed = 7 }, AsOf));
        var second = DemoDigest.Of(DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 40, Seed = 7 }, AsOf));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Enumerating_a_portfolio_twice_gives_identical_data()
    {
        var portfolio = DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 25 }, AsOf);

        Assert.Equal(DemoDigest.Of(portfolio), DemoDigest.Of(portfolio));
    }

    [Fact]
    public void Different_seeds_give_different_data()
    {
        var first = DemoDigest.Of(DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 40, Seed = 7 }, AsOf));
        var second = DemoDigest.Of(DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 40, Seed = 8 }, AsOf));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Different_days_give_different_data()
    {
        var first = DemoDigest.Of(DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 40 }, AsOf));
        var second = DemoDigest.Of(DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 40 }, AsOf.AddDays(1)));

        Assert.NotEqual(first, second);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(137)]
    public void Produces_the_requested_number_of_clients(int count)
    {
        var portfolio = DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = count }, AsOf);

        Assert.Equal(count, portfolio.ClientCount);
        Assert.Equal(count, portfolio.Clients().Count());
    }

    [Fact]
    public void The_default_portfolio_has_200_clients_with_every_story_in_the_documented_mix()
    {
        Assert.Equal(200, fixture.Clients.Count);
        var counts = fixture.Clients.GroupBy(c => c.Story).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(DemoStoryMix.Counts(200), counts);
        Assert.Equal(
            new Dictionary<DemoStory, int>
            {
                [DemoStory.Thriving] = 30, [DemoStory.Steady] = 60, [DemoStory.SlowDecline] = 24, [DemoStory.SuddenDrop] = 12,
                [DemoStory.SupportHeavy] = 16, [DemoStory.LatePayer] = 14, [DemoStory.Churned] = 16, [DemoStory.Expanding] = 16,
                [DemoStory.Onboarding] = 12,
            },
            counts);
    }

    [Fact]
    public void The_default_portfolio_spreads_over_every_tier_and_many_industries()
    {
        Assert.Equal(4, fixture.Clients.Select(c => c.Client.Tier).Distinct().Count());
        Assert.True(fixture.Clients.Select(c => c.Client.Industry).Distinct().Count() >= 10);
        Assert.True(fixture.Clients.Select(c => c.Client.CsmAssigned).Distinct().Count() >= 4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(DemoPortfolioOptions.MaxClientCount + 1)]
    public void Rejects_a_client_count_out_of_range(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = count }, AsOf));

    [Fact]
    public void The_feature_catalogue_is_released_relative_to_the_day_with_three_recent_features()
    {
        var features = fixture.Portfolio.Features;

        Assert.Equal(24, features.Count);
        Assert.Equal(features.Count, features.Select(f => f.FeatureId).Distinct().Count());
        Assert.All(features, f => Assert.True(f.ReleasedOn < AsOf));
        Assert.Equal(3, features.Count(f => f.ReleasedOn >= AsOf.AddDays(-180)));
    }
}
