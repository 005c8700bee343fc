using CsMcp.Application;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CsMcp.Application.Tests.Features.Workers;

/// <summary>The dispatcher (one scheduler tick) and the lease, with a FakeTimeProvider and scoped contexts like the server's.</summary>
public sealed class WorkerSchedulingTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = TestClock.Create();
    private readonly List<ServiceProvider> _providers = [];
    private TestDatabase _database = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
            await provider.DisposeAsync();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    private async Task UseAsync(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        _database = await TestDatabase.CreateAsync(provider);
    }

    private ServiceProvider Host(string owner, Action<IServiceCollection>? replace = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(new WorkerLeaseOwner(owner));
        services.AddApplication();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(HealthWeightSettings.Default);
        services.AddSingleton<IHealthMetrics>(new PrometheusHealthMetrics(new CsMcpMetrics()));
        services.AddSingleton<IWorkerMetrics>(new PrometheusWorkerMetrics(new CsMcpMetrics()));
        services.AddSingleton<IReadCache>(new PassThroughCache());
        services.AddScoped(_ => _database.CreateContext());
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<CsMcpDbContext>());
        replace?.Invoke(services);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    private static async Task<List<WorkerDispatch>> Tick(ServiceProvider host) =>
        [.. await Task.WhenAll(await host.GetRequiredService<WorkerDispatcher>().StartDueAsync(default))];

    private static IEnumerable<(WorkerName, bool)> Ran(IEnumerable<WorkerDispatch> dispatches) =>
        dispatches.Select(d => (d.Worker, d.Report is not null)).OrderBy(d => d.Worker);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_tick_runs_every_enabled_worker_that_is_due_and_none_that_is_not(string provider)
    {
        await UseAsync(provider);
        var host = Host("host-a");

        Assert.Equal(
            [(WorkerName.ChurnRiskMonitor, true), (WorkerName.UsageDropAlerts, true), (WorkerName.OnboardingProgress, true), (WorkerName.SupportSlaTracker, true)],
            Ran(await Tick(host)));
        Assert.Empty(await Tick(host));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal([(WorkerName.SupportSlaTracker, true)], Ran(await Tick(host)));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal([(WorkerName.ChurnRiskMonitor, true), (WorkerName.SupportSlaTracker, true)], Ran(await Tick(host)));

        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal([(WorkerName.UsageDropAlerts, true), (WorkerName.SupportSlaTracker, true)], Ran(await Tick(host)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failing_worker_is_recorded_and_retried_at_its_next_due_time_without_stopping_the_others(string provider)
    {
        await UseAsync(provider);
        var failing = new FailingWorker();
        var host = Host("host-a", services =>
        {
            services.RemoveAll<IWorker>();
            services.AddSingleton<IWorker>(failing);
            services.AddScoped<IWorker, CsMcp.Application.Features.Workers.Monitors.SupportSlaTracker>();
        });
        await using (var db = _database.CreateContext())
        {
            await db.WorkerSettings.Where(s => s.Worker != WorkerName.ChurnRiskMonitor && s.Worker != WorkerName.SupportSlaTracker)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Enabled, false));
        }

        var first = await Tick(host);
        var churn = first.Single(d => d.Worker == WorkerName.ChurnRiskMonitor).Report!;
        Assert.Equal((WorkerRunStatus.Failed, "TimeoutException", "not notified: the run failed"), (churn.Run.Status, churn.Run.ErrorType, churn.Notification));
        Assert.Equal(WorkerRunStatus.Succeeded, first.Single(d => d.Worker == WorkerName.SupportSlaTracker).Report!.Run.Status);

        _clock.Advance(TimeSpan.FromHours(3));
        Assert.Equal([(WorkerName.SupportSlaTracker, true)], Ran(await Tick(host)));
        _clock.Advance(TimeSpan.FromHours(1));
        Assert.Contains((WorkerName.ChurnRiskMonitor, true), Ran(await Tick(host)));
        Assert.Equal(2, failing.Calls);

        await using var check = _database.CreateContext();
        Assert.Equal(2, await check.WorkerRuns.CountAsync(r => r.Worker == WorkerName.ChurnRiskMonitor && r.Status == WorkerRunStatus.Failed));
        Assert.Null((await check.WorkerSettings.SingleAsync(s => s.Worker == WorkerName.ChurnRiskMonitor)).LeaseOwner);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_worker_leased_by_another_process_is_not_run_until_the_lease_expires(string provider)
    {
        await UseAsync(provider);
        var host = Host("host-b");
        var now = TestClock.Now.UtcDateTime;
        await using (var db = _database.CreateContext())
        {
            await db.WorkerSettings.Where(s => s.Worker == WorkerName.SupportSlaTracker)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseOwner, "host-a").SetProperty(s => s.LeaseUntil, now.AddMinutes(10)));
        }

        await using (var scope = host.CreateAsyncScope())
        {
            var runner = scope.ServiceProvider.GetRequiredService<WorkerRunner>();
            Assert.Null(await runner.RunIfDueAsync(WorkerName.SupportSlaTracker, default));
            var conflict = await Assert.ThrowsAsync<CsMcp.Application.Common.Exceptions.ConflictException>(() => runner.RunNowAsync(WorkerName.SupportSlaTracker, default));
            Assert.StartsWith("Worker support_sla_tracker is running now (lease held until 2026-06-15T12:10:00Z).", conflict.Message, StringComparison.Ordinal);
        }

        _clock.Advance(TimeSpan.FromMinutes(11));
        await using (var scope = host.CreateAsyncScope())
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<WorkerRunner>().RunIfDueAsync(WorkerName.SupportSlaTracker, default));
    }

    [SkippableFact]
    public async Task Two_hosts_on_one_postgres_database_run_a_due_worker_once()
    {
        await UseAsync(Providers.Postgres);
        var gate = new TaskCompletionSource();
        var slow = new BlockingWorker(gate.Task);
        void Replace(IServiceCollection s)
        {
            s.RemoveAll<IWorker>();
            s.AddSingleton<IWorker>(slow);
        }

        var a = Host("host-a", Replace);
        var b = Host("host-b", Replace);
        await using (var db = _database.CreateContext())
            await db.WorkerSettings.Where(s => s.Worker != WorkerName.ChurnRiskMonitor).ExecuteUpdateAsync(u => u.SetProperty(s => s.Enabled, false));

        var ticks = new[] { a.GetRequiredService<WorkerDispatcher>().StartDueAsync(default), b.GetRequiredService<WorkerDispatcher>().StartDueAsync(default) };
        var started = (await Task.WhenAll(ticks)).SelectMany(t => t).ToList();
        await Task.Delay(200);
        gate.SetResult();
        var outcomes = await Task.WhenAll(started);

        Assert.Single(outcomes, o => o.Report is not null);
        Assert.Equal(1, slow.Calls);
        await using var check = _database.CreateContext();
        Assert.Equal(1, await check.WorkerRuns.CountAsync());
    }

    private sealed class FailingWorker : IWorker
    {
        public int Calls { get; private set; }

        public WorkerName Name => WorkerName.ChurnRiskMonitor;

        public Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
        {
            Calls++;
            throw new TimeoutException("The scan timed out.");
        }
    }

    private sealed class BlockingWorker(Task gate) : IWorker
    {
        private int _calls;

        public int Calls => _calls;

        public WorkerName Name => WorkerName.ChurnRiskMonitor;

        public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await gate;
            return new WorkerScan([], "done", "test", []);
        }
    }
}
