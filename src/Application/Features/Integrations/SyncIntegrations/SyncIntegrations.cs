using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using Mediator;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

[Tool("sync_integrations", Toolsets.Integrations, Title = "Import from Zendesk, Intercom and Mixpanel", Idempotent = true, OpenWorld = true)]
[Description("Imports, for every client linked by an external id (zendesk_organization_id, intercom_company_id, mixpanel_group_key), "
    + "its Zendesk tickets into support tickets, its Intercom engagement (last seen, conversations) into engagement events, and its "
    + "Mixpanel usage into monthly usage periods - the data health scores are computed from. Upserts by external id, so running it "
    + "twice changes nothing; each client and integration keeps a watermark, so the next run asks only for what changed. A client that "
    + "fails is reported with the error and does not undo the others. Unconfigured integrations are reported as skipped with the "
    + "variables to set. Returns per integration: clients synced, rows created/updated/unchanged, failures.")]
public sealed record SyncIntegrations : ICommand<SyncIntegrationsResult>
{
    [Description("Only these clients (ids like cs_1764201600000_acme_corp), at most 500. Default: every client linked to the integration.")]
    public IReadOnlyList<string>? ClientIds { get; init; }

    [Description("Only these integrations. Default all three.")]
    [OneOf<SyncedIntegration>]
    public IReadOnlyList<string>? Integrations { get; init; }

    [Description("Import changes since this UTC time (ISO 8601) instead of each client's watermark; the first run without it looks back 90 days.")]
    public DateTime? Since { get; init; }

    [Description("true: fetch and compare, report what would change, write nothing (watermarks stay). Default false.")]
    public bool? DryRun { get; init; }
}

public sealed class SyncIntegrationsHandler(
    IAppDbContext db, ISupportDesk desk, IMessaging messaging, IProductAnalytics analytics, IIntegrationStatus status, TimeProvider time)
    : ICommandHandler<SyncIntegrations, SyncIntegrationsResult>
{
    public async ValueTask<SyncIntegrationsResult> Handle(SyncIntegrations command, CancellationToken cancellationToken) =>
        await new IntegrationSyncService(db, desk, messaging, analytics, status, time).RunAsync(
            new SyncScope(command.ClientIds, command.Integrations, command.Since, command.DryRun ?? false), cancellationToken);
}
