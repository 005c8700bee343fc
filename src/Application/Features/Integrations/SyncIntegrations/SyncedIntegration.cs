namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>The integrations sync_integrations imports from; codes equal <see cref="Common.Integrations.IntegrationNames"/>.</summary>
public enum SyncedIntegration
{
    Zendesk,
    Intercom,
    Mixpanel,
}
