using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Health.SegmentByValueTier;
using CsMcp.Application.Features.Health.SegmentCustomers;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Health;

/// <summary>
/// segment_customers and segment_by_value_tier over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/> (a
/// SQLite file in a temporary data directory), each call in a fresh DI scope as the MCP SDK opens one per tool call, sent
/// through ISender (mediator, behaviors, validator). value_based reads the clients and NPS answers, usage_based also the
/// usage periods.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class SegmentCustomersBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("segments");

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
