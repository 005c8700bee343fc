using BenchmarkDotNet.Attributes;
using CsMcp.Application.Features.Workers.TriggerWorkerNow;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks.Workers;

/// <summary>
/// trigger_worker_now over the 10,000-client demo portfolio of <see cref="BenchmarkPortfolio"/>, through ISender in a fresh
/// DI scope: a full run (scan, alert reconciliation, timeline, run row). The first iteration raises the alerts; later ones
/// find them open and only refresh them, as scheduled runs do.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class TriggerWorkerNowBenchmarks
{
    private string _dataDirectory = null!;
    private ServiceProvider _services = null!;

    [GlobalSetup]
    public async Task Setup() => (_dataDirectory, _services) = await BenchmarkPortfolio.OpenAsync("workers");

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "trigger_worker_now support_sla_tracker, 10,000 clients")]
    public Task<TriggerWorkerNowResult> SupportSla() => Run("support_sla_tracker");

    [Benchmark(Description = "trigger_worker_now churn_risk_monitor, 10,000 clients")]
    public Task<TriggerWorkerNowResult> ChurnRisk() => Run("churn_risk_monitor");

    [Benchmark(Description = "trigger_worker_now usage_drop_alerts, 10,000 clients")]
    public Task<TriggerWorkerNowResult> UsageDrops() => Run("usage_drop_alerts");

    private async Task<TriggerWorkerNowResult> Run(string worker)
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TriggerWorkerNow { WorkerName = worker });
    }
}
