using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Feedback.TrackCsMetrics;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Feedback;

/// <summary>
/// track_cs_metrics over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/>, sent through ISender in a fresh
/// DI scope as the MCP SDK does per tool call: the default 90 days by month with benchmarks, for the whole portfolio and
/// for one tier, per metric (the survey, snapshot, churn, contract and adoption reads).
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class TrackCsMetricsBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [Params("nps", "health_score", "churn_rate", "expansion_rate", "feature_adoption")]
    public string Metric { get; set; } = "nps";

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("metrics");

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "track_cs_metrics, 10,000 clients, whole portfolio")]
    public async Task<TrackCsMetricsResult> Portfolio()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TrackCsMetrics { MetricType = Metric });
    }

    [Benchmark(Description = "track_cs_metrics, 10,000 clients, tiers enterprise, segment_by tier+industry")]
    public async Task<TrackCsMetricsResult> EnterpriseSegmented()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TrackCsMetrics
        {
            MetricType = Metric, Tiers = ["enterprise"], SegmentBy = ["tier", "industry"],
        });
    }
}
