namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>What one sync run did, per integration. <see cref="Failures"/> counts failed client units over all integrations.</summary>
public sealed record SyncIntegrationsResult(
    string Message,
    bool DryRun,
    DateTime StartedAt,
    IReadOnlyList<IntegrationSyncSummary> Integrations,
    int Failures);

/// <summary>
/// One integration's run. status: synced (every linked client), partial (some failed), failed (all failed), skipped (not
/// configured: <see cref="Detail"/> and <see cref="VariablesToSet"/> say what to set) or no_linked_clients.
/// </summary>
public sealed record IntegrationSyncSummary(
    string Integration,
    string Status,
    string Detail,
    IReadOnlyList<string> VariablesToSet,
    int ClientsLinked,
    int ClientsSynced,
    int Created,
    int Updated,
    int Unchanged,
    IReadOnlyList<ClientSyncOutcome> Clients,
    IReadOnlyList<ClientSyncFailure> Failures);

/// <summary>One client's import: rows created, updated and unchanged, and the window asked for (changes since <see cref="ChangedSince"/>).</summary>
public sealed record ClientSyncOutcome(string ClientId, int Created, int Updated, int Unchanged, DateTime? ChangedSince, DateTime? Watermark);

/// <summary>A client whose import failed: nothing of it was written; other clients are not affected.</summary>
public sealed record ClientSyncFailure(string ClientId, string ErrorType, string Message);

/// <summary>Rows a unit of work created, updated or left unchanged.</summary>
public sealed record SyncCounts(int Created, int Updated, int Unchanged)
{
    public static SyncCounts None { get; } = new(0, 0, 0);

    public static SyncCounts operator +(SyncCounts a, SyncCounts b) => new(a.Created + b.Created, a.Updated + b.Updated, a.Unchanged + b.Unchanged);
}
