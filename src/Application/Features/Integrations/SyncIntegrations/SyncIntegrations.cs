using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using Mediator;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

[Tool("sync_integrations", Toolsets.Integrations, Title = "Import from Zendesk, Intercom and Mixpanel", Idempotent = true, OpenWorld = true)]
[Description("Imports Zendesk tickets, Intercom engagement and Mixpanel monthly usage for every client linked by an external id, "
    + "upserting by external id from per-client watermarks (a rerun changes nothing). A failing client is reported without undoing others; "
    + "unconfigured integrations are skipped with the variables to set.")]
public sealed record SyncIntegrations : ICommand<SyncIntegrationsResult>
{
    [Description("Only these clients, at most 500. Default every linked client.")]
    public IReadOnlyList<string>? ClientIds { get; init; }

    [Description("Only these integrations. Default all three.")]
    [OneOf<SyncedIntegration>]
    public IReadOnlyList<string>? Integrations { get; init; }

    [Description("Import changes since this UTC time (ISO 8601) instead of each watermark; a first run looks back 90 days.")]
    public DateTime? Since { get; init; }

    [Description("Fetch and compare, report what would change, write nothing. Default false.")]
    public bool? DryRun { get; init; }
}

public sealed class SyncIntegrationsHandler(IntegrationSyncService sync) : ICommandHandler<SyncIntegrations, SyncIntegrationsResult>
{
    public async ValueTask<SyncIntegrationsResult> Handle(SyncIntegrations command, CancellationToken cancellationToken) =>
        await sync.RunAsync(
            new SyncScope(command.ClientIds, command.Integrations, command.Since, command.DryRun ?? false), cancellationToken);
}
