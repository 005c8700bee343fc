using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Feedback;

/// <summary>
/// analyze_feedback_sentiment over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/> (its demo feedback
/// included), sent through ISender in a fresh DI scope as the MCP SDK does per tool call: the default 30-day period
/// against the previous one, and the same narrowed by tier (the portfolio-scope subquery).
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class AnalyzeFeedbackSentimentBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("feedback");

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "analyze_feedback_sentiment, 10,000 clients, whole portfolio")]
    public async Task<AnalyzeFeedbackSentimentResult> Portfolio()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnalyzeFeedbackSentiment());
    }

    [Benchmark(Description = "analyze_feedback_sentiment, 10,000 clients, tiers enterprise")]
    public async Task<AnalyzeFeedbackSentimentResult> Enterprise()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new AnalyzeFeedbackSentiment { Tiers = ["enterprise"] });
    }
}
