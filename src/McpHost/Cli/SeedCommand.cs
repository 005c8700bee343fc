using System.CommandLine;
using CsMcp.Application;
using CsMcp.Domain.Common;
using CsMcp.Infrastructure;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;

namespace CsMcp.McpHost.Cli;

/// <summary>
/// <c>seed [--clients N] [--seed S] [--force]</c>: migrates the configured database (SQLite, or PostgreSQL when DATABASE_URL
/// is set: running this command is the explicit request) and fills it with a demo portfolio. Only an empty database is
/// seeded; --force first deletes a previous demo portfolio and refuses when the database holds any other clients.
/// </summary>
internal static class SeedCommand
{
    public static Command Build()
    {
        var clients = new Option<int>("--clients")
        {
            Description = $"Number of clients, 1-{DemoPortfolioOptions.MaxClientCount}. Default {DemoPortfolioOptions.DefaultClientCount}.",
            DefaultValueFactory = _ => DemoPortfolioOptions.DefaultClientCount,
        };
        clients.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1 || value > DemoPortfolioOptions.MaxClientCount)
                result.AddError($"--clients must be between 1 and {DemoPortfolioOptions.MaxClientCount}; got {value}.");
        });
        var seed = new Option<int>("--seed")
        {
            Description = $"Generator seed; the same seed on the same day gives the same portfolio. Default {DemoPortfolioOptions.DefaultSeed}.",
            DefaultValueFactory = _ => DemoPortfolioOptions.DefaultSeed,
        };
        var force = new Option<bool>("--force")
        {
            Description = "Replace a previous demo portfolio. Refused when the database holds clients the generator did not create.",
        };

        var command = new Command("seed",
            "Fill the configured database (SQLite in CSMCP_DATA_DIR, or PostgreSQL when DATABASE_URL is set) with a generated demo "
            + "portfolio: clients across tiers and industries with contracts, invoices, 12 months of usage, tickets, surveys and timelines.")
        {
            clients, seed, force,
        };
        command.SetAction((result, cancellationToken) =>
            RunAsync(new DemoPortfolioOptions { ClientCount = result.GetValue(clients), Seed = result.GetValue(seed) }, result.GetValue(force), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(DemoPortfolioOptions options, bool force, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ConfigureCsMcpLogging(builder.Configuration);
        // Bulk work is slow by design and EF logs its probe for the migrations table on a new PostgreSQL database as a
        // failed command; both would only drown the summary. Real failures still end the command with their exception.
        builder.Logging.AddFilter("CsMcp.Infrastructure.Persistence.Interceptors", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        using var host = builder.Build();

        var database = host.Services.GetRequiredService<DatabaseSettings>().Description;
        Console.Out.WriteLine($"Seeding {database} with {options.ClientCount} demo clients (seed {options.Seed}){(force ? ", replacing demo data" : string.Empty)}...");
        await host.Services.MigrateDatabaseAsync(cancellationToken);
        var result = await host.Services.GetRequiredService<DemoDataSeeder>()
            .SeedAsync(options, force ? DemoSeedMode.ReplaceDemoData : DemoSeedMode.OnlyIntoEmpty, cancellationToken);
        if (result.Outcome != DemoSeedOutcome.Seeded)
        {
            await Console.Error.WriteLineAsync(result.Message);
            return 1;
        }

        Console.Out.WriteLine(result.Message);
        foreach (var (story, count) in result.ClientsByStory.OrderBy(s => s.Key))
            Console.Out.WriteLine($"  {EnumCodes<DemoStory>.ToCode(story),-14} {count,6} clients");
        return 0;
    }
}
