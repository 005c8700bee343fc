using CsMcp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// First-start seeding: an embedded SQLite database that has no clients and was never seeded gets the default demo
/// portfolio, so a new user sees a believable book of business at once. Never PostgreSQL; off with CSMCP_DEMO_DATA=false.
/// </summary>
public static partial class DemoDataStartup
{
    public static async Task<DemoSeedResult?> SeedOnFirstStartAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider != DatabaseProvider.Sqlite || !settings.DemoDataOnFirstStart)
            return null;

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CsMcpDbContext>();
            if (await db.DemoSeedRuns.AnyAsync(cancellationToken) || await db.Clients.AnyAsync(cancellationToken))
                return null;
        }

        var result = await services.GetRequiredService<DemoDataSeeder>()
            .SeedAsync(new DemoPortfolioOptions(), DemoSeedMode.OnlyIntoEmpty, cancellationToken);
        if (result.Outcome == DemoSeedOutcome.Seeded)
        {
            var logger = services.GetService<ILoggerFactory>()?.CreateLogger("CsMcp.DemoData") ?? NullLogger.Instance;
            Seeded(logger, result.Message, settings.Description, DatabaseSettings.DemoDataVariable);
        }

        return result;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information,
        Message = "First start: {Summary} Database: {Database}. Set {Variable}=false to start with an empty database.")]
    private static partial void Seeded(ILogger logger, string summary, string database, string variable);
}
