using CsMcp.Infrastructure.DemoData;
using CsMcp.TestSupport;

namespace CsMcp.Infrastructure.Tests.DemoData;

/// <summary>The default 200-client portfolio as of the test clock's day, generated once per test class.</summary>
public sealed class DefaultPortfolioFixture
{
    public static readonly DateOnly AsOf = DateOnly.FromDateTime(TestClock.Now.UtcDateTime);

    public DefaultPortfolioFixture()
    {
        Portfolio = DemoPortfolioGenerator.Create(new DemoPortfolioOptions(), AsOf);
        Clients = [.. Portfolio.Clients()];
    }

    public DemoPortfolio Portfolio { get; }

    public IReadOnlyList<DemoClientData> Clients { get; }

    public static DateTime Cutoff => AsOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public IEnumerable<DemoClientData> Story(DemoStory story) => Clients.Where(c => c.Story == story);
}
