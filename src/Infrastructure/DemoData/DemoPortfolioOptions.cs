namespace CsMcp.Infrastructure.DemoData;

/// <summary>What to generate. The portfolio ends at the "as of" day the caller passes (normally today from TimeProvider).</summary>
public sealed record DemoPortfolioOptions
{
    public const int DefaultClientCount = 200;
    public const int DefaultSeed = 20_240_917;
    public const int MaxClientCount = 100_000;

    public int ClientCount { get; init; } = DefaultClientCount;
    public int Seed { get; init; } = DefaultSeed;
}
