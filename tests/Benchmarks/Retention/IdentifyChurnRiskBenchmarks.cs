using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Retention.IdentifyChurnRisk;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Retention;

/// <summary>
/// identify_churn_risk over the whole demo portfolio of 10,000 clients (about 1.6 million rows) in a SQLite file in a
/// temporary data directory, sent through ISender in a fresh DI scope as the MCP SDK does per tool call. The portfolio is
/// generated once per process by the demo seeder. One row stores nothing; the other stores the listed page's predictions.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class IdentifyChurnRiskBenchmarks
{
    public const int ClientCount = 10_000;

    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), $"csmcp-bench-churn-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CSMCP_DATA_DIR"] = _dataDirectory, ["CSMCP_DEMO_DATA"] = "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCsMcpCore(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await _services.InitializeDatabaseAsync();
        var seeded = await _services.GetRequiredService<DemoDataSeeder>()
            .SeedAsync(new DemoPortfolioOptions { ClientCount = ClientCount }, DemoSeedMode.OnlyIntoEmpty);
        await Console.Out.WriteLineAsync($"// Seeded {seeded.Clients} clients ({seeded.Rows} rows).");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "identify_churn_risk, 10,000 clients, persist_predictions false")]
    public async Task<IdentifyChurnRiskResult> ScanOnly()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new IdentifyChurnRisk { PersistPredictions = false });
    }

    [Benchmark(Description = "identify_churn_risk, 10,000 clients, page of 20 predictions stored")]
    public async Task<IdentifyChurnRiskResult> ScanAndStore()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new IdentifyChurnRisk());
    }
}
