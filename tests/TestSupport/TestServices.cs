using CsMcp.Application;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsMcp.TestSupport;

/// <summary>Service providers for tests, with the Application services registered as the server registers them (AddApplication).</summary>
public static class TestServices
{
    /// <summary>Over a <see cref="TestDatabase"/>: scoped contexts on that database, the given clock, the demo seeder.</summary>
    public static ServiceProvider For(TestDatabase database, TimeProvider time, bool demoDataOnFirstStart = true, ILoggerProvider? logs = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
                logging.AddProvider(logs);
        });
        services.AddApplication();
        services.AddSingleton(time);
        services.AddSingleton(new DatabaseSettings(
            database.Provider == Providers.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            "test",
            $"test {database.Provider}")
        {
            DemoDataOnFirstStart = demoDataOnFirstStart,
        });
        services.AddScoped(_ => database.CreateContext());
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<CsMcpDbContext>());
        services.AddTransient<DemoDataSeeder>();
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>
    /// Over one context (owned by the caller, not disposed here) with the default health weights, a pass-through cache and
    /// real health metrics; <paramref name="ports"/> adds or replaces registrations (integration fakes, a counting metric, a cache).
    /// </summary>
    public static ServiceProvider ForApplication(IAppDbContext db, TimeProvider time, Action<IServiceCollection>? ports = null)
    {
        var services = new ServiceCollection();
        services.AddApplication();
        services.AddSingleton(db);
        services.AddSingleton(time);
        services.AddSingleton(HealthWeightSettings.Default);
        services.AddSingleton<IHealthMetrics>(new PrometheusHealthMetrics(new CsMcpMetrics()));
        services.AddSingleton<IWorkerMetrics>(new PrometheusWorkerMetrics(new CsMcpMetrics()));
        services.AddSingleton<IReadCache>(new PassThroughCache());
        ports?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>A handler or Application service built from <paramref name="services"/>, as the server builds it for a request.</summary>
    public static T Create<T>(this ServiceProvider services) where T : notnull => ActivatorUtilities.CreateInstance<T>(services);
}
