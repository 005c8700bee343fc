using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Benchmarks;

/// <summary>
/// A 10,000-client demo portfolio (default seed) in a SQLite file in a fresh temporary data directory. Seeding takes minutes on
/// a busy machine, so the first run keeps a copy of the seeded file in the temp directory, named after the client count and the
/// latest migration, and later runs copy it instead of seeding again.
/// </summary>
public static class BenchmarkPortfolio
{
    public const int Clients = 10_000;

    public static async Task<(string DataDirectory, ServiceProvider Services)> OpenAsync(string name)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"csmcp-bench-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        var database = Path.Combine(dataDirectory, DatabaseSettings.DatabaseFileName);
        var prepared = PreparedFile();
        if (File.Exists(prepared))
            File.Copy(prepared, database);

        var services = Build(dataDirectory);
        await services.InitializeDatabaseAsync();
        if (!File.Exists(prepared))
        {
            var seeded = await services.GetRequiredService<DemoDataSeeder>().SeedAsync(new DemoPortfolioOptions { ClientCount = Clients }, DemoSeedMode.OnlyIntoEmpty);
            Console.WriteLine($"// seeded {seeded}");
            await services.DisposeAsync();
            SqliteConnection.ClearAllPools();
            File.Copy(database, prepared + ".tmp", overwrite: true);
            File.Move(prepared + ".tmp", prepared, overwrite: true);
            services = Build(dataDirectory);
        }
        else
        {
            Console.WriteLine($"// copied the prepared portfolio {prepared}");
        }

        return (dataDirectory, services);
    }

    /// <summary>The kept copy: one per client count and migration, so a schema change seeds again.</summary>
    public static string PreparedFile()
    {
        using var db = new SqliteCsMcpDbContext(new DbContextOptionsBuilder<SqliteCsMcpDbContext>().UseSqlite("Data Source=:memory:").Options);
        var migration = db.Database.GetMigrations().Last();
        return Path.Combine(Path.GetTempPath(), $"csmcp-bench-portfolio-{Clients}-{migration}.db");
    }

    private static ServiceProvider Build(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["CSMCP_DATA_DIR"] = dataDirectory, ["CSMCP_DEMO_DATA"] = "false" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCsMcpCore(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
