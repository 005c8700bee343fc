using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Health.SegmentByValueTier;
using CsMcp.Application.Features.Health.SegmentCustomers;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Health;

/// <summary>
/// segment_customers over a 10,000-client demo portfolio (the demo generator's default seed) in a SQLite file in a temporary
/// data directory, each call in a fresh DI scope as the MCP SDK opens one per tool call, sent through ISender (mediator,
/// behaviors, validator). Demo clients carry no stored health score (calculate_health_score fills it), so the health-based
/// grouping is not measured here; value_based reads the clients and NPS answers, usage_based also the usage periods.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class SegmentCustomersBenchmarks
{
    public const int Clients = 10_000;

    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), $"csmcp-bench-segments-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CSMCP_DATA_DIR"] = _dataDirectory, ["CSMCP_DEMO_DATA"] = "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCsMcpCore(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.InitializeDatabaseAsync();
        var seeded = await _services.GetRequiredService<DemoDataSeeder>().SeedAsync(new DemoPortfolioOptions { ClientCount = Clients }, DemoSeedMode.OnlyIntoEmpty);
        Console.WriteLine($"// seeded {seeded}");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "segment_customers value_based, 10k clients")]
    public Task<SegmentCustomersResult> ValueBased() =>
        Send(new SegmentCustomers { SegmentationType = "value_based" });

    [Benchmark(Description = "segment_customers usage_based, 10k clients")]
    public Task<SegmentCustomersResult> UsageBased() =>
        Send(new SegmentCustomers { SegmentationType = "usage_based" });

    [Benchmark(Description = "segment_customers industry, 10k clients")]
    public Task<SegmentCustomersResult> Industry() =>
        Send(new SegmentCustomers { SegmentationType = "industry" });

    [Benchmark(Description = "segment_by_value_tier, 10k clients")]
    public async Task<SegmentByValueTierResult> ValueTiers()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SegmentByValueTier(), CancellationToken.None);
    }

    private async Task<SegmentCustomersResult> Send(SegmentCustomers query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, CancellationToken.None);
    }
}
