using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Feedback;

/// <summary>
/// manage_voice_of_customer over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/> (its demo feedback,
/// surveys and insights included), sent through ISender in a fresh DI scope as the MCP SDK does per tool call:
/// track_feedback_loop and create_voc_report over the default monthly period. Each report call stores a report and,
/// without e-mail configured, records it as not sent.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class ManageVoiceOfCustomerBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("voc");

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "manage_voice_of_customer track_feedback_loop, 10,000 clients")]
    public async Task<ManageVoiceOfCustomerResult> TrackFeedbackLoop()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ManageVoiceOfCustomer { Action = "track_feedback_loop" });
    }

    [Benchmark(Description = "manage_voice_of_customer create_voc_report, 10,000 clients")]
    public async Task<ManageVoiceOfCustomerResult> CreateVocReport()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ManageVoiceOfCustomer { Action = "create_voc_report" });
    }
}
