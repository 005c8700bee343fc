using System.Linq.Expressions;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.Clients;

public static class ExternalIdOwnership
{
    /// <summary>Throws a conflict naming the other client when one of the given external ids already links another client.</summary>
    public static async Task EnsureExternalIdsAreFreeAsync(
        this IAppDbContext db, string? zendeskOrganizationId, string? intercomCompanyId, string? mixpanelGroupKey,
        string? exceptClientId, CancellationToken cancellationToken)
    {
        await EnsureFreeAsync(db, "zendesk_organization_id", zendeskOrganizationId, c => c.ZendeskOrganizationId == zendeskOrganizationId, exceptClientId, cancellationToken);
        await EnsureFreeAsync(db, "intercom_company_id", intercomCompanyId, c => c.IntercomCompanyId == intercomCompanyId, exceptClientId, cancellationToken);
        await EnsureFreeAsync(db, "mixpanel_group_key", mixpanelGroupKey, c => c.MixpanelGroupKey == mixpanelGroupKey, exceptClientId, cancellationToken);
    }

    private static async Task EnsureFreeAsync(
        IAppDbContext db, string argument, string? value, Expression<Func<Client, bool>> sameValue, string? exceptClientId, CancellationToken cancellationToken)
    {
        if (value is null)
            return;
        var owner = await db.Clients.Where(sameValue).Where(c => c.ClientId != exceptClientId).Select(c => c.ClientId).FirstOrDefaultAsync(cancellationToken);
        if (owner is not null)
            throw new ConflictException(
                $"{argument} '{value}' already links client {owner}; each external id belongs to one client. "
                + $"Clear it on {owner} with update_client_info (updates.{argument} = \"\") first, or check the id.");
    }
}
