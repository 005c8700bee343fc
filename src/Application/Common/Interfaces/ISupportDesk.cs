using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.SupportDesk;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>
/// The support desk (Zendesk Support and Help Center). Every method throws IntegrationNotConfiguredException when the
/// desk is not configured and IntegrationException when it fails; Get/Find methods return null when the desk has no such record.
/// </summary>
public interface ISupportDesk
{
    Task<DeskTicket> CreateTicketAsync(NewDeskTicket ticket, CancellationToken cancellationToken = default);

    Task<DeskTicket?> GetTicketAsync(long ticketId, CancellationToken cancellationToken = default);

    /// <summary>Applies the changes (and the comment, if any) in one update and returns the ticket as stored afterwards.</summary>
    Task<DeskTicket> UpdateTicketAsync(long ticketId, DeskTicketUpdate update, CancellationToken cancellationToken = default);

    Task<IntegrationPage<DeskTicket>> SearchTicketsAsync(DeskTicketSearch search, PageRequest page, CancellationToken cancellationToken = default);

    Task<IntegrationPage<DeskTicket>> ListOrganizationTicketsAsync(long organizationId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>
    /// The organization's tickets updated at or after <paramref name="updatedSince"/> (all when null), most recently updated
    /// first, with requester, satisfaction and reply/solve times.
    /// </summary>
    Task<IntegrationPage<DeskTicketActivity>> ListOrganizationTicketActivityAsync(
        long organizationId, DateTime? updatedSince, PageRequest page, CancellationToken cancellationToken = default);

    Task<DeskUser?> GetUserAsync(long userId, CancellationToken cancellationToken = default);

    Task<DeskUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<DeskUser> UpsertUserAsync(DeskUserUpsert user, CancellationToken cancellationToken = default);

    Task<DeskOrganization?> GetOrganizationAsync(long organizationId, CancellationToken cancellationToken = default);

    Task<DeskOrganization?> FindOrganizationByExternalIdAsync(string externalId, CancellationToken cancellationToken = default);

    Task<IntegrationPage<DeskOrganization>> ListOrganizationsAsync(PageRequest page, CancellationToken cancellationToken = default);

    Task<DeskOrganization> UpsertOrganizationAsync(DeskOrganizationUpsert organization, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeskSlaPolicy>> ListSlaPoliciesAsync(CancellationToken cancellationToken = default);

    Task<DeskSlaPolicy?> GetSlaPolicyAsync(long policyId, CancellationToken cancellationToken = default);

    Task<IntegrationPage<HelpCenterArticle>> SearchArticlesAsync(string query, PageRequest page, string? locale = null, CancellationToken cancellationToken = default);

    Task<HelpCenterArticle> CreateArticleAsync(NewHelpCenterArticle article, CancellationToken cancellationToken = default);

    Task<HelpCenterArticle> UpdateArticleAsync(long articleId, HelpCenterArticleUpdate update, CancellationToken cancellationToken = default);
}
