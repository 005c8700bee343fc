using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Integrations;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>
/// Imports platform data for linked clients through the ports only. Each client and integration is one unit of work: the
/// platform is read first, then the rows and the watermark are written with one SaveChanges, so a failure leaves that
/// unit untouched (apart from its recorded error) and never the units before or after it.
/// </summary>
public sealed class IntegrationSyncService(
    IAppDbContext db, ISupportDesk desk, IMessaging messaging, IProductAnalytics analytics, IIntegrationStatus status, TimeProvider time)
{
    public async Task<SyncIntegrationsResult> RunAsync(SyncScope scope, CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow().UtcDateTime;
        if (scope.ClientIds is { } requested)
        {
            var known = await db.Clients.Where(c => requested.Contains(c.ClientId)).Select(c => c.ClientId).ToListAsync(cancellationToken);
            if (requested.Except(known, StringComparer.Ordinal).FirstOrDefault() is { } missing)
                throw NotFoundException.Client(missing);
        }

        var states = status.GetStates().ToDictionary(s => s.Integration, StringComparer.Ordinal);
        var summaries = new List<IntegrationSyncSummary>();
        foreach (var integration in scope.SelectedIntegrations)
            summaries.Add(await RunIntegrationAsync(integration, states.GetValueOrDefault(integration), scope, startedAt, cancellationToken));

        var failures = summaries.Sum(s => s.Failures.Count);
        var message = string.Join("; ", summaries.Select(s => s.Status switch
        {
            "skipped" => $"{s.Integration} skipped (not configured)",
            "no_linked_clients" => $"{s.Integration}: no linked clients",
            _ => $"{s.Integration} {s.Status}: {s.ClientsSynced}/{s.ClientsLinked} clients, {s.Created} created, {s.Updated} updated, {s.Unchanged} unchanged"
                + (s.Failures.Count > 0 ? $", {s.Failures.Count} failed" : string.Empty),
        })) + (scope.DryRun ? ". Dry run: nothing was written." : ".");
        return new SyncIntegrationsResult(message, scope.DryRun, startedAt, summaries, failures);
    }

    private async Task<IntegrationSyncSummary> RunIntegrationAsync(
        string integration, IntegrationState? state, SyncScope scope, DateTime startedAt, CancellationToken cancellationToken)
    {
        if (state is { Configured: false })
            return Skipped(integration, state.Detail, []);

        var clients = await LinkedClientsAsync(integration, scope.ClientIds, cancellationToken);
        if (clients.Count == 0)
            return new IntegrationSyncSummary(integration, "no_linked_clients",
                $"No client has {LinkField(integration)} set; link clients with register_client or update_client_info.", [], 0, 0, 0, 0, 0, [], []);

        var syncStates = await db.IntegrationSyncStates.Where(s => s.Integration == integration && clients.Select(c => c.ClientId).Contains(s.ClientId))
            .ToDictionaryAsync(s => s.ClientId, StringComparer.Ordinal, cancellationToken);
        var outcomes = new List<ClientSyncOutcome>();
        var failures = new List<ClientSyncFailure>();
        try
        {
            var importer = await CreateImporterAsync(integration, clients, syncStates, scope, startedAt, cancellationToken);
            foreach (var client in clients)
            {
                var syncState = syncStates.GetValueOrDefault(client.ClientId) ?? NewState(client.ClientId, integration);
                var changedSince = scope.Since ?? syncState.LastSyncedAt;
                try
                {
                    var counts = await importer.ImportAsync(client, changedSince, cancellationToken);
                    syncState.LastSyncedAt = startedAt;
                    syncState.LastCursor = importer.Cursor(client);
                    syncState.LastAttemptAt = startedAt;
                    syncState.LastErrorType = null;
                    syncState.LastError = null;
                    if (!scope.DryRun)
                        await db.SaveChangesAsync(cancellationToken);
                    outcomes.Add(new ClientSyncOutcome(client.ClientId, counts.Created, counts.Updated, counts.Unchanged, changedSince, scope.DryRun ? changedSince : startedAt));
                }
                catch (IntegrationNotConfiguredException)
                {
                    throw;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    var failure = Failure(client.ClientId, ex);
                    failures.Add(failure);
                    if (!scope.DryRun)
                        await RecordFailureAsync(syncState, failure, startedAt, cancellationToken);
                }
            }
        }
        catch (IntegrationNotConfiguredException ex)
        {
            return Skipped(integration, ex.Message, ex.Variables);
        }
        catch (AppException ex)
        {
            // The platform read shared by all clients (Mixpanel's grouped query) failed: every client failed with it.
            foreach (var client in clients.Where(c => outcomes.All(o => o.ClientId != c.ClientId) && failures.All(f => f.ClientId != c.ClientId)))
            {
                var failure = Failure(client.ClientId, ex);
                failures.Add(failure);
                if (!scope.DryRun)
                    await RecordFailureAsync(syncStates.GetValueOrDefault(client.ClientId) ?? NewState(client.ClientId, integration), failure, startedAt, cancellationToken);
            }
        }

        var total = outcomes.Aggregate(SyncCounts.None, (sum, o) => sum + new SyncCounts(o.Created, o.Updated, o.Unchanged));
        var result = failures.Count == 0 ? "synced" : outcomes.Count == 0 ? "failed" : "partial";
        return new IntegrationSyncSummary(integration, result, state?.Detail ?? "configured", [], clients.Count, outcomes.Count,
            total.Created, total.Updated, total.Unchanged, outcomes, failures);
    }

    private async Task<IClientImporter> CreateImporterAsync(
        string integration, IReadOnlyList<Client> clients, IReadOnlyDictionary<string, IntegrationSyncState> states, SyncScope scope,
        DateTime startedAt, CancellationToken cancellationToken) => integration switch
        {
            IntegrationNames.Zendesk => new ZendeskTicketImport(db, desk, startedAt),
            IntegrationNames.Intercom => new IntercomEngagementImport(db, messaging, startedAt),
            _ => await MixpanelUsageImport.CreateAsync(db, analytics, clients, states, scope.Since, startedAt, cancellationToken),
        };

    private async Task<List<Client>> LinkedClientsAsync(string integration, IReadOnlyList<string>? clientIds, CancellationToken cancellationToken)
    {
        var query = integration switch
        {
            IntegrationNames.Zendesk => db.Clients.Where(c => c.ZendeskOrganizationId != null),
            IntegrationNames.Intercom => db.Clients.Where(c => c.IntercomCompanyId != null),
            _ => db.Clients.Where(c => c.MixpanelGroupKey != null),
        };
        if (clientIds is not null)
            query = query.Where(c => clientIds.Contains(c.ClientId));
        return await query.OrderBy(c => c.ClientId).ToListAsync(cancellationToken);
    }

    private async Task RecordFailureAsync(IntegrationSyncState state, ClientSyncFailure failure, DateTime startedAt, CancellationToken cancellationToken)
    {
        state.LastAttemptAt = startedAt;
        state.LastErrorType = failure.ErrorType;
        state.LastError = failure.Message.Length > IntegrationSyncState.MaxErrorLength ? failure.Message[..IntegrationSyncState.MaxErrorLength] : failure.Message;
        await db.SaveChangesAsync(cancellationToken);
    }

    private IntegrationSyncState NewState(string clientId, string integration)
    {
        var state = new IntegrationSyncState { ClientId = clientId, Integration = integration };
        db.IntegrationSyncStates.Add(state);
        return state;
    }

    /// <summary>Application errors carry messages written for callers (no URL, credential or body); anything else is named by type only.</summary>
    private static ClientSyncFailure Failure(string clientId, Exception ex) => ex is AppException app
        ? new ClientSyncFailure(clientId, app.ErrorType, app.Message)
        : new ClientSyncFailure(clientId, ErrorTypes.Internal, $"Unexpected {ex.GetType().Name} while importing; see the server log.");

    private static IntegrationSyncSummary Skipped(string integration, string detail, IReadOnlyList<string> variables) =>
        new(integration, "skipped", detail, variables, 0, 0, 0, 0, 0, [], []);

    private static string LinkField(string integration) => integration switch
    {
        IntegrationNames.Zendesk => "zendesk_organization_id",
        IntegrationNames.Intercom => "intercom_company_id",
        _ => "mixpanel_group_key",
    };
}

/// <summary>Imports one client's data from one integration into the tracked context (the service saves).</summary>
internal interface IClientImporter
{
    Task<SyncCounts> ImportAsync(Client client, DateTime? changedSince, CancellationToken cancellationToken);

    /// <summary>The platform position to store with the watermark, if the integration has one.</summary>
    string? Cursor(Client client);
}
