using BenchmarkDotNet.Attributes;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Feedback.AnalyzeProductUsage;
using CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;
using CsMcp.Application.Features.Health.TrackUsageEngagement;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Health;

/// <summary>
/// analyze_engagement_patterns over all 10,000 demo clients (every pattern type, 90 days), track_usage_engagement for one
/// client over the last 90 days and analyze_product_usage for the same client over its default 30 days (the tier benchmark of
/// both reads every client of the tier), all through ISender, in the prepared SQLite portfolio of BenchmarkPortfolio. All are
/// read-only and not cached.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class EngagementBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;
    private TrackUsageEngagement _usage = null!;
    private AnalyzeProductUsage _productUsage = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("engagement");
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var clientId = await db.UsagePeriods.GroupBy(u => u.ClientId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        _usage = new TrackUsageEngagement { ClientId = clientId, PeriodStart = today.AddDays(-89), PeriodEnd = today, Granularity = "monthly" };
        _productUsage = new AnalyzeProductUsage { ClientId = clientId };
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "track_usage_engagement, one client, 90 days, tier benchmark")]
    public async Task<TrackUsageEngagementResult> TrackUsage()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(_usage, CancellationToken.None);
    }

    [Benchmark(Description = "analyze_product_usage, one client, 30 days, tier benchmark")]
    public async Task<AnalyzeProductUsageResult> ProductUsage()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(_productUsage, CancellationToken.None);
    }

    [Benchmark(Description = "analyze_engagement_patterns, all 10k clients, 90 days")]
    public async Task<AnalyzeEngagementPatternsResult> Patterns()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnalyzeEngagementPatterns(), CancellationToken.None);
    }
}
