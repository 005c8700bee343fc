using CsMcp.Domain.Features;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// The deterministic demo-portfolio generator: the only producer of synthetic data. The same options and "as of" day
/// always give identical data; nothing depends on the clock or the machine.
/// </summary>
public static class DemoPortfolioGenerator
{
    /// <summary>Written into the metadata of every timeline event the generator creates ("source": "demo_data").</summary>
    public const string SourceTag = "demo_data";

    public const int UsagePeriodCount = 12;
    public const int UsagePeriodDays = 30;

    public static DemoPortfolio Create(DemoPortfolioOptions options, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ClientCount, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ClientCount, DemoPortfolioOptions.MaxClientCount, nameof(options));
        var identities = DemoIdentityFactory.Create(options.ClientCount, new Random(options.Seed));
        return new DemoPortfolio(options, asOf, DemoFeatureCatalogue.Create(asOf), identities);
    }
}

/// <summary>A generated portfolio: the feature catalogue and, lazily and in a fixed order, every client's data.</summary>
public sealed class DemoPortfolio
{
    private readonly IReadOnlyList<DemoIdentity> _identities;

    internal DemoPortfolio(DemoPortfolioOptions options, DateOnly asOf, IReadOnlyList<Feature> features, IReadOnlyList<DemoIdentity> identities)
    {
        Options = options;
        AsOf = asOf;
        Features = features;
        _identities = identities;
    }

    public DemoPortfolioOptions Options { get; }

    /// <summary>The portfolio's "today": all data lies before this day.</summary>
    public DateOnly AsOf { get; }

    public IReadOnlyList<Feature> Features { get; }

    public int ClientCount => _identities.Count;

    /// <summary>Generates the clients one by one (so 10,000 need not sit in memory at once); each enumeration starts afresh and yields identical data.</summary>
    public IEnumerable<DemoClientData> Clients()
    {
        var ids = new DemoIdSequence();
        foreach (var identity in _identities)
            yield return new DemoClientGenerator(identity, ids, Features, AsOf).Generate();
    }
}
