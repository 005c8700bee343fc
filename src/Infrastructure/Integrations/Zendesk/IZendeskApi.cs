using Refit;

namespace CsMcp.Infrastructure.Integrations.Zendesk;

/// <summary>Zendesk Support API v2 and Help Center API. Method names are the <c>endpoint</c> metric label.</summary>
internal interface IZendeskApi
{
    [Post("/api/v2/tickets.json")]
    Task<ZendeskTicketEnvelope> CreateTicket([Body] ZendeskTicketRequest request, [Header("Idempotency-Key")] string idempotencyKey, CancellationToken cancellationToken);

    [Get("/api/v2/tickets/{ticketId}.json")]
    Task<ZendeskTicketEnvelope> GetTicket(long ticketId, CancellationToken cancellationToken);

    [Put("/api/v2/tickets/{ticketId}.json")]
    Task<ZendeskTicketEnvelope> UpdateTicket(long ticketId, [Body] ZendeskTicketRequest request, CancellationToken cancellationToken);

    [Put("/api/v2/tickets/{ticketId}/tags.json")]
    Task<ZendeskTags> AddTicketTags(long ticketId, [Body] ZendeskTags tags, CancellationToken cancellationToken);

    [Delete("/api/v2/tickets/{ticketId}/tags.json")]
    Task<ZendeskTags> RemoveTicketTags(long ticketId, [Body] ZendeskTags tags, CancellationToken cancellationToken);

    [Get("/api/v2/search.json")]
    Task<ZendeskSearchResponse<ZendeskTicket>> SearchTickets(
        [AliasAs("query")] string query,
        [AliasAs("page")] int page,
        [AliasAs("per_page")] int perPage,
        [AliasAs("sort_by")] string sortBy,
        [AliasAs("sort_order")] string sortOrder,
        CancellationToken cancellationToken);

    [Get("/api/v2/organizations/{organizationId}/tickets.json")]
    Task<ZendeskTicketList> ListOrganizationTickets(
        long organizationId,
        [AliasAs("page[size]")] int pageSize,
        [AliasAs("page[after]")] string? after,
        CancellationToken cancellationToken);

    /// <summary>Most recently updated first, with the metric_sets and users sideloads (one call instead of one per ticket).</summary>
    [Get("/api/v2/organizations/{organizationId}/tickets.json")]
    Task<ZendeskTicketActivityList> ListOrganizationTicketActivity(
        long organizationId,
        [AliasAs("page[size]")] int pageSize,
        [AliasAs("page[after]")] string? after,
        [AliasAs("sort")] string sort,
        [AliasAs("include")] string include,
        CancellationToken cancellationToken);

    [Get("/api/v2/users/{userId}.json")]
    Task<ZendeskUserEnvelope> GetUser(long userId, CancellationToken cancellationToken);

    [Get("/api/v2/users/search.json")]
    Task<ZendeskUserList> SearchUsers([AliasAs("query")] string query, CancellationToken cancellationToken);

    [Post("/api/v2/users/create_or_update.json")]
    Task<ZendeskUserEnvelope> CreateOrUpdateUser([Body] ZendeskUserRequest request, CancellationToken cancellationToken);

    [Get("/api/v2/organizations/{organizationId}.json")]
    Task<ZendeskOrganizationEnvelope> GetOrganization(long organizationId, CancellationToken cancellationToken);

    [Get("/api/v2/organizations/search.json")]
    Task<ZendeskOrganizationList> SearchOrganizations([AliasAs("external_id")] string externalId, CancellationToken cancellationToken);

    [Get("/api/v2/organizations.json")]
    Task<ZendeskOrganizationList> ListOrganizations([AliasAs("page[size]")] int pageSize, [AliasAs("page[after]")] string? after, CancellationToken cancellationToken);

    [Post("/api/v2/organizations/create_or_update.json")]
    Task<ZendeskOrganizationEnvelope> CreateOrUpdateOrganization([Body] ZendeskOrganizationRequest request, CancellationToken cancellationToken);

    [Get("/api/v2/slas/policies.json")]
    Task<ZendeskSlaPolicyList> ListSlaPolicies(CancellationToken cancellationToken);

    [Get("/api/v2/slas/policies/{policyId}.json")]
    Task<ZendeskSlaPolicyEnvelope> GetSlaPolicy(long policyId, CancellationToken cancellationToken);

    [Get("/api/v2/help_center/articles/search.json")]
    Task<ZendeskSearchResponse<ZendeskArticle>> SearchArticles(
        [AliasAs("query")] string query,
        [AliasAs("locale")] string? locale,
        [AliasAs("page")] int page,
        [AliasAs("per_page")] int perPage,
        CancellationToken cancellationToken);

    [Get("/api/v2/help_center/{locale}/articles/{articleId}.json")]
    Task<ZendeskArticleEnvelope> GetArticle(string locale, long articleId, CancellationToken cancellationToken);

    [Post("/api/v2/help_center/sections/{sectionId}/articles.json")]
    Task<ZendeskArticleEnvelope> CreateArticle(long sectionId, [Body] ZendeskArticleRequest request, CancellationToken cancellationToken);

    [Put("/api/v2/help_center/articles/{articleId}.json")]
    Task<ZendeskArticleEnvelope> UpdateArticleMetadata(long articleId, [Body] ZendeskArticleRequest request, CancellationToken cancellationToken);

    [Put("/api/v2/help_center/articles/{articleId}/translations/{locale}.json")]
    Task<ZendeskTranslationEnvelope> UpdateArticleTranslation(long articleId, string locale, [Body] ZendeskTranslationRequest request, CancellationToken cancellationToken);
}
