using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Support.AnalyzeSupportPerformance;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Support;

/// <summary>
/// analyze_support_performance over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/> (its demo tickets
/// included), sent through ISender in a fresh DI scope as the MCP SDK does per tool call: the default overview (headline, SLA
/// with the open tickets now, satisfaction, teams, agents, weekly trends) and the comparison against the previous 30 days.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class AnalyzeSupportPerformanceBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("support");

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "analyze_support_performance, 10,000 clients, portfolio overview")]
    public async Task<AnalyzeSupportPerformanceResult> Overview()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnalyzeSupportPerformance());
    }

    [Benchmark(Description = "analyze_support_performance, 10,000 clients, comparison")]
    public async Task<AnalyzeSupportPerformanceResult> Comparison()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnalyzeSupportPerformance { AnalysisType = "comparison" });
    }
}
