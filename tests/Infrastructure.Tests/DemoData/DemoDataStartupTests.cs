using CsMcp.Application;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CsMcp.Infrastructure.Tests.DemoData;

public sealed class DemoDataStartupTests
{
    [Fact]
    public async Task An_empty_sqlite_database_is_seeded_once_with_the_default_portfolio()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        var logs = new CapturedLogs();
        await using var services = TestServices.For(database, TestClock.Create(), logs: logs);

        var first = await DemoDataStartup.SeedOnFirstStartAsync(services);
        var second = await DemoDataStartup.SeedOnFirstStartAsync(services);

        Assert.Equal((DemoSeedOutcome.Seeded, 200, DemoPortfolioOptions.DefaultSeed), (first!.Outcome, first.Clients, first.Seed));
        Assert.Null(second);
        await using var db = database.CreateContext();
        Assert.Equal(200, await db.Clients.CountAsync());
        Assert.Equal(1, await db.DemoSeedRuns.CountAsync());
        var line = Assert.Single(logs.Lines, l => l.Level >= LogLevel.Information);
        Assert.Equal(("CsMcp.DemoData", LogLevel.Information), (line.Category, line.Level));
        Assert.Equal($"First start: {first.Message} Database: test sqlite. Set CSMCP_DEMO_DATA=false to start with an empty database.", line.Message);
    }

    [Fact]
    public async Task Nothing_is_seeded_when_demo_data_is_switched_off()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await using var services = TestServices.For(database, TestClock.Create(), demoDataOnFirstStart: false);

        Assert.Null(await DemoDataStartup.SeedOnFirstStartAsync(services));

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Clients.CountAsync());
    }

    [Fact]
    public async Task A_database_with_clients_is_not_seeded()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await using var services = TestServices.For(database, TestClock.Create());
        await using (var db = database.CreateContext())
        {
            db.Clients.Add(new Client
            {
                ClientId = "cs_1_real", ClientName = "Real", NormalizedName = "REAL", CompanyName = "Real Ltd.",
                CreatedAt = TestClock.Now.UtcDateTime, UpdatedAt = TestClock.Now.UtcDateTime,
            });
            await db.SaveChangesAsync();
        }

        Assert.Null(await DemoDataStartup.SeedOnFirstStartAsync(services));

        await using var check = database.CreateContext();
        Assert.Equal(1, await check.Clients.CountAsync());
    }

    [Fact]
    public async Task A_database_that_was_seeded_before_is_not_seeded_again_even_when_empty()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await using var services = TestServices.For(database, TestClock.Create());
        await using (var db = database.CreateContext())
        {
            db.DemoSeedRuns.Add(new DemoSeedRun { Seed = 1, RequestedClients = 5, AsOf = DefaultPortfolioFixture.AsOf, StartedAt = TestClock.Now.UtcDateTime });
            await db.SaveChangesAsync();
        }

        Assert.Null(await DemoDataStartup.SeedOnFirstStartAsync(services));
    }

    [SkippableFact]
    public async Task Postgresql_is_never_seeded_at_startup()
    {
        TestDatabase.SkipUnlessAvailable(Providers.Postgres);
        await using var database = await TestDatabase.CreatePostgresAsync();
        await using var services = TestServices.For(database, TestClock.Create(), demoDataOnFirstStart: true);

        Assert.Null(await DemoDataStartup.SeedOnFirstStartAsync(services));

        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Clients.CountAsync());
        Assert.Equal(0, await db.DemoSeedRuns.CountAsync());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    public void Sqlite_settings_seed_on_first_start_unless_switched_off(string? value, bool expected)
    {
        var settings = DatabaseSettings.From(Configuration(("CSMCP_DATA_DIR", "/tmp/csmcp-settings-test"), ("CSMCP_DEMO_DATA", value)));

        Assert.Equal((DatabaseProvider.Sqlite, expected), (settings.Provider, settings.DemoDataOnFirstStart));
    }

    [Fact]
    public void Postgresql_settings_never_seed_on_first_start()
    {
        var settings = DatabaseSettings.From(Configuration(("DATABASE_URL", "postgresql://u:p@db.internal:5432/cs"), ("CSMCP_DEMO_DATA", "true")));

        Assert.Equal((DatabaseProvider.Postgres, false), (settings.Provider, settings.DemoDataOnFirstStart));
    }

    [Fact]
    public async Task The_real_startup_path_seeds_an_embedded_database_on_the_first_start_only()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"csmcp-startup-{Guid.NewGuid():N}");
        try
        {
            await using (var firstStart = Services(dataDir))
                await firstStart.InitializeDatabaseAsync();
            await using (var secondStart = Services(dataDir))
                await secondStart.InitializeDatabaseAsync();

            await using var check = Services(dataDir);
            await using var scope = check.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CsMcpDbContext>();
            Assert.Equal(200, await db.Clients.CountAsync());
            Assert.Equal(1, await db.DemoSeedRuns.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Two_processes_starting_together_on_an_empty_file_seed_it_once()
    {
        var dataDir = Path.Combine(Path.GetTempPath(), $"csmcp-startup-{Guid.NewGuid():N}");
        try
        {
            await using (var migrate = Services(dataDir))
                await migrate.MigrateDatabaseAsync();
            await using var first = Services(dataDir);
            await using var second = Services(dataDir);

            var results = await Task.WhenAll(DemoDataStartup.SeedOnFirstStartAsync(first), DemoDataStartup.SeedOnFirstStartAsync(second));

            Assert.Equal(1, results.Count(r => r?.Outcome == DemoSeedOutcome.Seeded));
            await using var scope = first.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CsMcpDbContext>();
            Assert.Equal(200, await db.Clients.CountAsync());
            Assert.Equal(1, await db.DemoSeedRuns.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    private static ServiceProvider Services(string dataDir)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(TestClock.Create());
        services.AddApplication();
        services.AddInfrastructure(Configuration(("CSMCP_DATA_DIR", dataDir)));
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();
}
