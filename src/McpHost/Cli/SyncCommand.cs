using System.CommandLine;
using System.Globalization;
using CsMcp.Application;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Integrations.SyncIntegrations;
using CsMcp.Infrastructure;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using FluentValidation;

namespace CsMcp.McpHost.Cli;

/// <summary>
/// <c>sync [--client ID]... [--integration NAME]... [--since TIME] [--dry-run]</c>: runs the same import as the
/// sync_integrations tool against the configured database and prints the summary. Exit code 0 when nothing failed,
/// 1 when any client failed, 2 for invalid arguments (an unknown --client included).
/// </summary>
internal static class SyncCommand
{
    public const int FailedExitCode = 1;
    public const int InvalidArgumentsExitCode = 2;

    public static Command Build()
    {
        var clients = new Option<string[]>("--client") { Description = "Only this client id (repeatable). Default: every linked client." };
        var integrations = new Option<string[]>("--integration") { Description = "Only this integration: zendesk, intercom or mixpanel (repeatable). Default: all three." };
        var since = new Option<string?>("--since") { Description = "Import changes since this UTC time (ISO 8601) instead of each client's watermark." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Fetch and compare, print what would change, write nothing." };

        var command = new Command("sync",
            "Import Zendesk tickets, Intercom engagement and Mixpanel usage for the clients linked by external ids into the configured "
            + "database (SQLite in CSMCP_DATA_DIR, or PostgreSQL when DATABASE_URL is set), and print what changed.")
        {
            clients, integrations, since, dryRun,
        };
        command.SetAction((result, cancellationToken) => RunAsync(
            result.GetValue(clients), result.GetValue(integrations), result.GetValue(since), result.GetValue(dryRun), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[]? clients, string[]? integrations, string? since, bool dryRun, CancellationToken cancellationToken)
    {
        DateTime? sinceTime = null;
        if (since is not null)
        {
            if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                await Console.Error.WriteLineAsync($"--since must be an ISO 8601 time like 2026-05-01T00:00:00Z; got '{since}'.");
                return InvalidArgumentsExitCode;
            }

            sinceTime = parsed.UtcDateTime;
        }

        var request = new SyncIntegrations
        {
            ClientIds = clients is { Length: > 0 } ? clients : null,
            Integrations = integrations is { Length: > 0 } ? integrations : null,
            Since = sinceTime,
            DryRun = dryRun,
        };
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ConfigureCsMcpLogging(builder.Configuration);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        using var host = builder.Build();
        var validation = host.Services.GetRequiredService<IValidator<SyncIntegrations>>().Validate(request);
        if (!validation.IsValid)
        {
            foreach (var error in validation.Errors)
                await Console.Error.WriteLineAsync(error.ErrorMessage);
            return InvalidArgumentsExitCode;
        }

        await host.Services.MigrateDatabaseAsync(cancellationToken);
        await using var scope = host.Services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IntegrationSyncService>();
        SyncIntegrationsResult summary;
        try
        {
            summary = await service.RunAsync(new SyncScope(request.ClientIds, request.Integrations, request.Since, dryRun), cancellationToken);
        }
        catch (NotFoundException ex)
        {
            // An unknown --client is a bad argument, not a failed import.
            await Console.Error.WriteLineAsync(ex.Message);
            return InvalidArgumentsExitCode;
        }

        Print(summary);
        return summary.Failures > 0 ? FailedExitCode : 0;
    }

    private static void Print(SyncIntegrationsResult summary)
    {
        Console.Out.WriteLine(summary.Message);
        foreach (var integration in summary.Integrations)
        {
            Console.Out.WriteLine(integration.Status is "skipped" or "no_linked_clients"
                ? $"  {integration.Integration,-9} {integration.Status}: {integration.Detail}"
                : $"  {integration.Integration,-9} {integration.Status}: {integration.ClientsSynced}/{integration.ClientsLinked} clients, "
                  + $"{integration.Created} created, {integration.Updated} updated, {integration.Unchanged} unchanged, {integration.Failures.Count} failed");
            foreach (var failure in integration.Failures)
                Console.Out.WriteLine($"    {failure.ClientId}: {failure.ErrorType}: {failure.Message}");
        }
    }
}
