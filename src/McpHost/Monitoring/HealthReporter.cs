using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.McpHost.Monitoring;

/// <summary>
/// The /health answer: healthy only when the database answers. Integrations are reported (configured or not, circuit state)
/// but do not change the status: they are optional, and an open circuit heals itself.
/// </summary>
internal sealed class HealthReporter(IServiceScopeFactory scopes, DatabaseSettings database, IIntegrationStatus integrations, TimeProvider time)
{
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var databaseCheck = await CheckDatabaseAsync(cancellationToken);
        var now = time.GetUtcNow();
        return new HealthReport(
            databaseCheck.Status,
            ServerVersion.Current,
            Math.Round((now - _startedAt).TotalSeconds, 1),
            _startedAt,
            new HealthChecks(databaseCheck, integrations.GetStates().ToDictionary(
                s => s.Integration,
                s => new IntegrationHealth(s.Configured, s.Circuit, s.Detail),
                StringComparer.Ordinal)));
    }

    private async Task<ComponentHealth> CheckDatabaseAsync(CancellationToken cancellationToken)
    {
        var provider = database.Provider == DatabaseProvider.Postgres ? "postgresql" : "sqlite";
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(CheckTimeout);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CsMcpDbContext>();
            var reachable = await db.Database.CanConnectAsync(timeout.Token);
            return new ComponentHealth(reachable ? HealthReport.Healthy : HealthReport.Unhealthy, provider, database.Description,
                reachable ? null : "The database did not accept a connection.");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new ComponentHealth(HealthReport.Unhealthy, provider, database.Description, exception.GetType().Name);
        }
    }
}

internal sealed record HealthReport(string Status, string Version, double UptimeSeconds, DateTimeOffset StartedAt, HealthChecks Checks)
{
    public const string Healthy = "healthy";
    public const string Unhealthy = "unhealthy";
}

internal sealed record HealthChecks(ComponentHealth Database, IReadOnlyDictionary<string, IntegrationHealth> Integrations);

internal sealed record IntegrationHealth(bool Configured, CircuitState Circuit, string Detail);

internal sealed record ComponentHealth(string Status, string Provider, string Target, string? Error);
