using CsMcp.Application;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.DemoData;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Infrastructure.Tests.DemoData;

public sealed class DemoDataSeederTests
{
    private static readonly DemoPortfolioOptions Small = new() { ClientCount = 30, Seed = 11 };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seeds_an_empty_database_with_exactly_the_generated_rows(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, TestClock.Create());
        var expected = DemoPortfolioGenerator.Create(Small, DefaultPortfolioFixture.AsOf).Clients().ToList();

        var result = await Seeder(services, batchSize: 7).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);

        Assert.Equal(DemoSeedOutcome.Seeded, result.Outcome);
        await using var db = database.CreateContext();
        var snapshots = await db.HealthSnapshots.CountAsync();
        Assert.Equal((30, expected.Sum(c => (long)c.RowCount) + snapshots, DefaultPortfolioFixture.AsOf, 11), (result.Clients, result.Rows, result.AsOf, result.Seed));
        Assert.Equal($"Seeded a demo portfolio of 30 clients ({result.Rows} rows including {snapshots} health snapshots, seed 11, as of 2026-06-15) in 0.0 s.", result.Message);
        Assert.Equal(30, await db.HealthSnapshots.Select(s => s.ClientId).Distinct().CountAsync());
        Assert.Equal(0, await db.Clients.CountAsync(c => c.HealthScore == null || c.HealthCalculatedAt != TestClock.Now.UtcDateTime));
        Assert.Equal(30, await db.Clients.CountAsync());
        Assert.Equal(expected.Sum(c => c.EngagementEvents.Count), await db.EngagementEvents.CountAsync());
        Assert.Equal(expected.Sum(c => c.SupportTickets.Count), await db.SupportTickets.CountAsync());
        Assert.Equal(expected.Sum(c => c.SurveyResponses.Count), await db.SurveyResponses.CountAsync());
        Assert.Equal(expected.Sum(c => c.Feedback.Count), await db.FeedbackItems.CountAsync());
        Assert.Equal(expected.Sum(c => c.UsagePeriods.Count), await db.UsagePeriods.CountAsync());
        Assert.Equal(expected.Sum(c => c.Invoices.Count), await db.Invoices.CountAsync());
        Assert.Equal(expected.Sum(c => c.Events.Count), await db.ClientEvents.CountAsync());
        Assert.Equal(24, await db.Features.CountAsync());
        var run = await db.DemoSeedRuns.SingleAsync();
        Assert.Equal((11, 30, 30, DefaultPortfolioFixture.AsOf, TestClock.Now.UtcDateTime), (run.Seed, run.RequestedClients, run.ClientCount, run.AsOf, run.StartedAt));
        Assert.NotNull(run.CompletedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seeded_rows_equal_the_generated_rows(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, TestClock.Create());
        var expected = DemoPortfolioGenerator.Create(Small, DefaultPortfolioFixture.AsOf).Clients().ToList();

        await Seeder(services).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);

        await using var db = database.CreateContext();
        var clients = await db.Clients.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(expected.Select(c => RowJson.Of(WithoutId(c.Client))), clients.Select(c => RowJson.Of(WithoutId(c))));
        var tickets = await db.SupportTickets.AsNoTracking().OrderBy(t => t.Id).ToListAsync();
        Assert.Equal(expected.SelectMany(c => c.SupportTickets).Select(RowJson.Of), tickets.Select(t => { t.Id = 0; return RowJson.Of(t); }));
        var events = await db.ClientEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(expected.SelectMany(c => c.Events).Select(e => e.Metadata["source"]), events.Select(e => e.Metadata["source"]));
    }

    [Fact]
    public async Task The_same_seed_and_day_give_the_same_database_digest()
    {
        await using var first = await TestDatabase.CreateSqliteAsync();
        await using var second = await TestDatabase.CreateSqliteAsync();
        await using var firstServices = TestServices.For(first, TestClock.Create());
        await using var secondServices = TestServices.For(second, TestClock.Create());

        await Seeder(firstServices, batchSize: 4).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);
        await Seeder(secondServices, batchSize: 50).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);

        await using var a = first.CreateContext();
        await using var b = second.CreateContext();
        Assert.Equal(await DemoDigest.OfDatabaseAsync(a), await DemoDigest.OfDatabaseAsync(b));
    }

    [SkippableFact]
    public async Task Sqlite_and_postgresql_hold_identical_portfolios()
    {
        TestDatabase.SkipUnlessAvailable(Providers.Postgres);
        await using var sqlite = await TestDatabase.CreateSqliteAsync();
        await using var postgres = await TestDatabase.CreatePostgresAsync();
        await using var sqliteServices = TestServices.For(sqlite, TestClock.Create());
        await using var postgresServices = TestServices.For(postgres, TestClock.Create());

        await Seeder(sqliteServices).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);
        await Seeder(postgresServices).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);

        await using var a = sqlite.CreateContext();
        await using var b = postgres.CreateContext();
        Assert.Equal(await DemoDigest.OfDatabaseAsync(a), await DemoDigest.OfDatabaseAsync(b));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Leaves_a_database_with_clients_alone(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, TestClock.Create());
        await AddRealClientAsync(database);

        var result = await Seeder(services).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);

        Assert.Equal(DemoSeedOutcome.SkippedNotEmpty, result.Outcome);
        Assert.Equal("Not seeded: the database already has 1 clients. Demo data goes only into an empty database; "
            + "use --force to replace a previous demo portfolio.", result.Message);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Clients.CountAsync());
        Assert.Equal(0, await db.Features.CountAsync());
        Assert.Equal(0, await db.DemoSeedRuns.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Force_replaces_a_previous_demo_portfolio(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, TestClock.Create());
        await Seeder(services).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);

        var result = await Seeder(services, batchSize: 8).SeedAsync(new DemoPortfolioOptions { ClientCount = 12, Seed = 3 }, DemoSeedMode.ReplaceDemoData);

        Assert.Equal((DemoSeedOutcome.Seeded, 12, 30), (result.Outcome, result.Clients, result.ReplacedClients));
        Assert.EndsWith(", replacing the previous 30 demo clients.", result.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(12, await db.Clients.CountAsync());
        Assert.Equal(24, await db.Features.CountAsync());
        var run = await db.DemoSeedRuns.SingleAsync();
        Assert.Equal((3, 12), (run.Seed, run.ClientCount));
        var expected = DemoPortfolioGenerator.Create(new DemoPortfolioOptions { ClientCount = 12, Seed = 3 }, DefaultPortfolioFixture.AsOf).Clients().ToList();
        Assert.Equal(expected.Sum(c => c.EngagementEvents.Count), await db.EngagementEvents.CountAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Replacing_the_portfolio_drops_its_worker_alerts_and_runs_and_keeps_the_worker_settings(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, TestClock.Create());
        await Seeder(services).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);
        var at = TestClock.Now.UtcDateTime;
        await using (var db = database.CreateContext())
        {
            var client = await db.Clients.Select(c => c.ClientId).FirstAsync();
            db.WorkerAlerts.AddRange(
                new Domain.Workers.WorkerAlert { Worker = Domain.Workers.WorkerName.ChurnRiskMonitor, Subject = client, ClientId = client, Condition = "health_below_threshold", Message = "m", RaisedAt = at, LastSeenAt = at },
                new Domain.Workers.WorkerAlert { Worker = Domain.Workers.WorkerName.RetentionAnalyzer, Subject = "cohort:2025-Q1", Condition = "low_retention", Message = "m", RaisedAt = at, LastSeenAt = at });
            db.WorkerRuns.Add(new Domain.Workers.WorkerRun { Worker = Domain.Workers.WorkerName.ChurnRiskMonitor, StartedAt = at, FinishedAt = at });
            (await db.WorkerSettings.SingleAsync(w => w.Worker == Domain.Workers.WorkerName.ChurnRiskMonitor)).NextDueAt = at.AddHours(4);
            await db.SaveChangesAsync();
        }

        await Seeder(services).SeedAsync(Small, DemoSeedMode.ReplaceDemoData);

        await using var check = database.CreateContext();
        Assert.Equal((0, 0, 7), (await check.WorkerAlerts.CountAsync(), await check.WorkerRuns.CountAsync(), await check.WorkerSettings.CountAsync()));
        Assert.Null((await check.WorkerSettings.SingleAsync(w => w.Worker == Domain.Workers.WorkerName.ChurnRiskMonitor)).NextDueAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Force_refuses_when_other_clients_exist(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = TestServices.For(database, TestClock.Create());
        await Seeder(services).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);
        await AddRealClientAsync(database);

        var result = await Seeder(services).SeedAsync(Small, DemoSeedMode.ReplaceDemoData);

        Assert.Equal(DemoSeedOutcome.RefusedNonDemoData, result.Outcome);
        Assert.Equal("Not seeded: the database has 31 clients but the demo generator created 30 of them. --force replaces only demo data; "
            + "seed an empty database instead (another CSMCP_DATA_DIR or DATABASE_URL).", result.Message);
        await using var db = database.CreateContext();
        Assert.Equal(31, await db.Clients.CountAsync());
    }

    [Fact]
    public async Task Force_refuses_a_database_that_was_never_seeded()
    {
        await using var database = await TestDatabase.CreateSqliteAsync();
        await using var services = TestServices.For(database, TestClock.Create());
        await AddRealClientAsync(database);

        var result = await Seeder(services).SeedAsync(Small, DemoSeedMode.ReplaceDemoData);

        Assert.Equal(DemoSeedOutcome.RefusedNonDemoData, result.Outcome);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Clients.CountAsync());
    }

    [SkippableFact]
    public async Task Seeds_postgresql_through_the_production_configuration_with_its_retrying_strategy()
    {
        TestDatabase.SkipUnlessAvailable(Providers.Postgres);
        await using var database = await TestDatabase.CreatePostgresAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create<string, string?>("DATABASE_URL", database.PostgresTarget)]).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(TestClock.Create());
        collection.AddApplication();
        collection.AddInfrastructure(configuration);
        await using var services = collection.BuildServiceProvider();

        var result = await Seeder(services, batchSize: 7).SeedAsync(Small, DemoSeedMode.OnlyIntoEmpty);
        var replaced = await Seeder(services, batchSize: 9).SeedAsync(Small, DemoSeedMode.ReplaceDemoData);

        Assert.Equal((DemoSeedOutcome.Seeded, 30), (result.Outcome, result.Clients));
        Assert.Equal((DemoSeedOutcome.Seeded, 30), (replaced.Outcome, replaced.ReplacedClients));
        await using var db = database.CreateContext();
        Assert.Equal(30, await db.Clients.CountAsync());
    }

    private static DemoDataSeeder Seeder(ServiceProvider services, int batchSize = DemoDataSeeder.DefaultBatchSize) =>
        new(services.GetRequiredService<IServiceScopeFactory>(), services.GetRequiredService<TimeProvider>()) { BatchSize = batchSize };

    /// <summary>Without the id and the health mirror, which the seeder computes after writing the generated rows.</summary>
    private static Client WithoutId(Client client)
    {
        client.Id = 0;
        client.HealthScore = null;
        client.HealthTrend = null;
        client.HealthCalculatedAt = null;
        return client;
    }

    private static async Task AddRealClientAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        db.Clients.Add(new Client
        {
            ClientId = "cs_1750000000000_real",
            ClientName = "A Real Customer",
            NormalizedName = Client.NormalizeName("A Real Customer"),
            CompanyName = "A Real Customer Ltd.",
            CreatedAt = TestClock.Now.UtcDateTime,
            UpdatedAt = TestClock.Now.UtcDateTime,
        });
        await db.SaveChangesAsync();
    }
}
