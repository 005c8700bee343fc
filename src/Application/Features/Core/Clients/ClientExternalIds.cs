using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.Clients;

/// <summary>The client's ids in the platform integrations; null where it is not linked (sync_integrations skips it there).</summary>
public sealed record ClientExternalIds(string? ZendeskOrganizationId, string? IntercomCompanyId, string? MixpanelGroupKey)
{
    public static ClientExternalIds From(Client client) =>
        new(client.ZendeskOrganizationId, client.IntercomCompanyId, client.MixpanelGroupKey);
}
