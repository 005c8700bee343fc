using CsMcp.Application;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Workers;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CsMcp.McpHost.Tests.Workers;

/// <summary>The hosted scheduler's loop on a FakeTimeProvider: nothing before the start delay, the due workers at it, and the next tick after the interval.</summary>
public sealed class WorkerSchedulerTests
{
    [Fact]
    public async Task The_scheduler_waits_for_the_start_delay_then_runs_due_workers_on_each_tick()
    {
        await using var database = await TestDatabase.CreateSqliteFileAsync();
        var clock = TestClock.Create();
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(HealthWeightSettings.Default);
        services.AddSingleton<IHealthMetrics>(new PrometheusHealthMetrics(new CsMcpMetrics()));
        services.AddSingleton<IWorkerMetrics>(new PrometheusWorkerMetrics(new CsMcpMetrics()));
        services.AddSingleton<IReadCache>(new PassThroughCache());
        services.AddScoped(_ => database.CreateContext());
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<CsMcpDbContext>());
        await using var provider = services.BuildServiceProvider();
        var dispatcher = provider.GetRequiredService<WorkerDispatcher>();
        using var scheduler = new WorkerScheduler(dispatcher, new WorkerSchedulerOptions(true, 30, 30), clock,
            NullLogger<WorkerScheduler>.Instance);

        await scheduler.StartAsync(default);
        Assert.Equal(0, await RunsAsync(database));

        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.True(await WaitForRunsAsync(database, dispatcher, 4), "the four enabled workers did not run at the start delay");

        clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await WaitForRunsAsync(database, dispatcher, 5), "support_sla_tracker (2 h) did not run on the tick after its interval");
        await scheduler.StopAsync(default);
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.WorkerRuns.CountAsync(r => r.Worker == WorkerName.SupportSlaTracker));
    }

    private static async Task<int> RunsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.WorkerRuns.CountAsync();
    }

    /// <summary>Until the runs are stored and their leases freed (the dispatcher has nothing running).</summary>
    private static async Task<bool> WaitForRunsAsync(TestDatabase database, WorkerDispatcher dispatcher, int count)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await RunsAsync(database) >= count && dispatcher.Running.Count == 0)
                return true;
            await Task.Delay(50);
        }

        return false;
    }
}
