using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Retention.IdentifyChurnRisk;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Retention;

/// <summary>
/// identify_churn_risk over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/> (about 1.6 million rows in
/// a SQLite file in a temporary data directory), sent through ISender in a fresh DI scope as the MCP SDK does per tool call.
/// One row stores nothing; the other stores the listed page's predictions.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class IdentifyChurnRiskBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("churn");

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
