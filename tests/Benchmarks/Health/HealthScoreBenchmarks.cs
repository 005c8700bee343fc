using BenchmarkDotNet.Attributes;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.CalculateHealthScore;
using CsMcp.Application.Features.Health.Scoring;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Health;

/// <summary>
/// calculate_health_score over a 10,000-client demo portfolio in a SQLite file: one client (the engine's evaluation with its
/// database reads, and the whole tool through ISender with a distinct risk_threshold per call so the read cache never
/// answers) and the portfolio recalculation (HealthScoringService.ScoreManyAsync over every client). The seeder always
/// writes the monthly health history and takes minutes here, so the seeded database is kept as
/// BenchmarkPortfolio.PreparedFile in the temp directory and copied into each run's data directory.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class HealthScoreBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;
    private string _clientId = null!;
    private HealthScoringOptions _options = null!;
    private int _call;

    [GlobalSetup]
    public async Task Setup()
    {
        (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("health");
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        // A client with every kind of data: the one with the most usage periods, first by id.
        _clientId = await db.UsagePeriods.GroupBy(u => u.ClientId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        _options = HealthScoringOptions.Default(scope.ServiceProvider.GetRequiredService<HealthWeightSettings>().Weights);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "one client: HealthScoringService.EvaluateAsync (facts read + engine)")]
    public async Task<HealthEvaluation> OneClientEvaluation()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HealthScoringService>().EvaluateAsync(_clientId, _options, CancellationToken.None);
    }

    [Benchmark(Description = "one client: calculate_health_score via ISender, cache bypassed")]
    public async Task<CalculateHealthScoreResult> OneClientTool()
    {
        await using var scope = _services.CreateAsyncScope();
        var threshold = 50m + (++_call % 100_000 / 10_000m);
        return await scope.ServiceProvider.GetRequiredService<ISender>()
            .Send(new CalculateHealthScore { ClientId = _clientId, RiskThreshold = threshold }, CancellationToken.None);
    }

    [Benchmark(Description = "portfolio: ScoreManyAsync over 10,000 clients")]
    public async Task<int> Portfolio()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var scored = await scope.ServiceProvider.GetRequiredService<HealthScoringService>().ScoreManyAsync(db.Clients, _options, CancellationToken.None);
        return scored.Count;
    }
}
