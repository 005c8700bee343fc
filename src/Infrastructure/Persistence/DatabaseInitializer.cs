using CsMcp.Infrastructure.DemoData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Infrastructure.Persistence;

public static class DatabaseInitializer
{
    /// <summary>Applies pending migrations, then seeds the demo portfolio into an embedded database that has never had data.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await services.MigrateDatabaseAsync(cancellationToken);
        await DemoDataStartup.SeedOnFirstStartAsync(services, cancellationToken);
    }

    /// <summary>Creates the data directory if needed and applies the provider's pending migrations.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CsMcpDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets several server processes (one per MCP client session) read while one writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
