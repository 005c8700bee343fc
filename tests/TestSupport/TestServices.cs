using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsMcp.TestSupport;

/// <summary>A service provider over a <see cref="TestDatabase"/>: scoped contexts on that database, the given clock, the demo seeder.</summary>
public static class TestServices
{
    public static ServiceProvider For(TestDatabase database, TimeProvider time, bool demoDataOnFirstStart = true, ILoggerProvider? logs = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            if (logs is not null)
                logging.AddProvider(logs);
        });
        services.AddSingleton(time);
        services.AddSingleton(new DatabaseSettings(
            database.Provider == Providers.Postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            "test",
            $"test {database.Provider}")
        {
            DemoDataOnFirstStart = demoDataOnFirstStart,
        });
        services.AddScoped(_ => database.CreateContext());
        services.AddTransient<DemoDataSeeder>();
        return services.BuildServiceProvider(validateScopes: true);
    }
}
