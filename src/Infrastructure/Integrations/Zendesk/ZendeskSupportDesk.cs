using System.Globalization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations.Zendesk;

/// <summary>The support desk port over the Zendesk Support API v2 and the Help Center API.</summary>
internal sealed class ZendeskSupportDesk(IZendeskApi api, IOptions<ZendeskOptions> options, TimeProvider time) : ISupportDesk
{
    private const int MaxSearchPageSize = 100;
    private const int MaxCursorPageSize = 100;

    public Task<DeskTicket> CreateTicketAsync(NewDeskTicket ticket, CancellationToken cancellationToken = default)
    {
        var baseUri = RequireConfigured();
        var request = new ZendeskTicketRequest(new ZendeskTicketWrite
        {
            Subject = ticket.Subject,
            Comment = new ZendeskComment(ticket.Description, true, null),
            Priority = ZendeskMapping.Code(ticket.Priority),
            Requester = new ZendeskRequester(ticket.RequesterEmail, ticket.RequesterName),
            OrganizationId = ticket.OrganizationId,
            ExternalId = ticket.ExternalId,
            Tags = ticket.Tags.Count > 0 ? [.. ticket.Tags] : null,
            CustomFields = ticket.CustomFields.Count > 0 ? [.. ticket.CustomFields.Select(f => new ZendeskCustomField(f.Key, f.Value))] : null,
        });
        var key = ticket.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        return Run("create a ticket", async () => ZendeskMapping.ToTicket((await api.CreateTicket(request, key, cancellationToken)).Ticket, baseUri), cancellationToken);
    }

    public Task<DeskTicket?> GetTicketAsync(long ticketId, CancellationToken cancellationToken = default)
    {
        var baseUri = RequireConfigured();
        return Find("read a ticket", async () => ZendeskMapping.ToTicket((await api.GetTicket(ticketId, cancellationToken)).Ticket, baseUri), cancellationToken);
    }

    public Task<DeskTicket> UpdateTicketAsync(long ticketId, DeskTicketUpdate update, CancellationToken cancellationToken = default)
    {
        var baseUri = RequireConfigured();
        var write = new ZendeskTicketWrite
        {
            Subject = update.Subject,
            Status = update.Status is { } status ? ZendeskMapping.Code(status) : null,
            Priority = update.Priority is { } priority ? ZendeskMapping.Code(priority) : null,
            AssigneeId = update.AssigneeId,
            Comment = update.Comment is { } comment ? new ZendeskComment(comment.Body, comment.Public, comment.AuthorId) : null,
        };
        var changesFields = write.Subject is not null || write.Status is not null || write.Priority is not null
            || write.AssigneeId is not null || write.Comment is not null;
        return Run("update a ticket", async () =>
        {
            ZendeskTicket? ticket = null;
            if (changesFields)
                ticket = (await api.UpdateTicket(ticketId, new ZendeskTicketRequest(write), cancellationToken)).Ticket;
            // Tags are added and removed through the tags endpoints so concurrent edits of other tags are kept.
            if (update.AddTags.Count > 0)
                await api.AddTicketTags(ticketId, new ZendeskTags([.. update.AddTags]), cancellationToken);
            if (update.RemoveTags.Count > 0)
                await api.RemoveTicketTags(ticketId, new ZendeskTags([.. update.RemoveTags]), cancellationToken);
            if (ticket is null || update.AddTags.Count > 0 || update.RemoveTags.Count > 0)
                ticket = (await api.GetTicket(ticketId, cancellationToken)).Ticket;
            return ZendeskMapping.ToTicket(ticket, baseUri);
        }, cancellationToken);
    }

    public Task<IntegrationPage<DeskTicket>> SearchTicketsAsync(DeskTicketSearch search, PageRequest page, CancellationToken cancellationToken = default)
    {
        var baseUri = RequireConfigured();
        var pageNumber = PageNumber(page.Cursor);
        var size = Math.Clamp(page.Limit, 1, MaxSearchPageSize);
        return Run("search tickets", async () =>
        {
            var response = await api.SearchTickets(ZendeskMapping.SearchQuery(search), pageNumber, size, "updated_at", "desc", cancellationToken);
            return new IntegrationPage<DeskTicket>(
                [.. (response.Results ?? []).Select(t => ZendeskMapping.ToTicket(t, baseUri))],
                response.NextPage is null ? null : (pageNumber + 1).ToString(CultureInfo.InvariantCulture),
                response.Count);
        }, cancellationToken);
    }

    public Task<IntegrationPage<DeskTicket>> ListOrganizationTicketsAsync(long organizationId, PageRequest page, CancellationToken cancellationToken = default)
    {
        var baseUri = RequireConfigured();
        return Run("list an organization's tickets", async () =>
        {
            var response = await api.ListOrganizationTickets(organizationId, Math.Clamp(page.Limit, 1, MaxCursorPageSize), page.Cursor, cancellationToken);
            return new IntegrationPage<DeskTicket>(
                [.. (response.Tickets ?? []).Select(t => ZendeskMapping.ToTicket(t, baseUri))],
                response.Meta is { HasMore: true, AfterCursor: { } after } ? after : null,
                null);
        }, cancellationToken);
    }

    public Task<IntegrationPage<DeskTicketActivity>> ListOrganizationTicketActivityAsync(
        long organizationId, DateTime? updatedSince, PageRequest page, CancellationToken cancellationToken = default)
    {
        var baseUri = RequireConfigured();
        return Run("list an organization's ticket activity", async () =>
        {
            var response = await api.ListOrganizationTicketActivity(
                organizationId, Math.Clamp(page.Limit, 1, MaxCursorPageSize), page.Cursor, "-updated_at", "metric_sets,users", cancellationToken);
            var tickets = response.Tickets ?? [];
            var fresh = tickets.Where(t => updatedSince is null || ZendeskMapping.Utc(t.UpdatedAt) >= updatedSince.Value).ToList();
            // Sorted newest first: once a ticket is older than the watermark, so is everything after it.
            var reachedWatermark = fresh.Count < tickets.Count;
            return new IntegrationPage<DeskTicketActivity>(
                ZendeskMapping.ToActivity(fresh, response.MetricSets ?? [], response.Users ?? [], baseUri),
                !reachedWatermark && response.Meta is { HasMore: true, AfterCursor: { } after } ? after : null,
                null);
        }, cancellationToken);
    }

    public Task<DeskUser?> GetUserAsync(long userId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Find("read a user", async () => ZendeskMapping.ToUser((await api.GetUser(userId, cancellationToken)).User), cancellationToken);
    }

    public Task<DeskUser?> FindUserByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run<DeskUser?>("find a user by e-mail", async () =>
        {
            var response = await api.SearchUsers(email.Trim(), cancellationToken);
            var match = (response.Users ?? []).FirstOrDefault(u => string.Equals(u.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));
            return match is null ? null : ZendeskMapping.ToUser(match);
        }, cancellationToken);
    }

    public Task<DeskUser> UpsertUserAsync(DeskUserUpsert user, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var request = new ZendeskUserRequest(new ZendeskUserWrite(user.Name, user.Email, ZendeskMapping.Code(user.Role), user.OrganizationId,
            user.ExternalId, user.Phone, user.Tags.Count > 0 ? [.. user.Tags] : null));
        return Run("create or update a user", async () => ZendeskMapping.ToUser((await api.CreateOrUpdateUser(request, cancellationToken)).User), cancellationToken);
    }

    public Task<DeskOrganization?> GetOrganizationAsync(long organizationId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Find("read an organization", async () =>
            ZendeskMapping.ToOrganization((await api.GetOrganization(organizationId, cancellationToken)).Organization), cancellationToken);
    }

    public Task<DeskOrganization?> FindOrganizationByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run<DeskOrganization?>("find an organization by external id", async () =>
        {
            var response = await api.SearchOrganizations(externalId, cancellationToken);
            var match = (response.Organizations ?? []).FirstOrDefault(o => string.Equals(o.ExternalId, externalId, StringComparison.OrdinalIgnoreCase));
            return match is null ? null : ZendeskMapping.ToOrganization(match);
        }, cancellationToken);
    }

    public Task<IntegrationPage<DeskOrganization>> ListOrganizationsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("list organizations", async () =>
        {
            var response = await api.ListOrganizations(Math.Clamp(page.Limit, 1, MaxCursorPageSize), page.Cursor, cancellationToken);
            return new IntegrationPage<DeskOrganization>(
                [.. (response.Organizations ?? []).Select(ZendeskMapping.ToOrganization)],
                response.Meta is { HasMore: true, AfterCursor: { } after } ? after : null,
                null);
        }, cancellationToken);
    }

    public Task<DeskOrganization> UpsertOrganizationAsync(DeskOrganizationUpsert organization, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var request = new ZendeskOrganizationRequest(new ZendeskOrganizationWrite(organization.Name, organization.ExternalId,
            organization.DomainNames.Count > 0 ? [.. organization.DomainNames] : null,
            organization.Tags.Count > 0 ? [.. organization.Tags] : null,
            organization.Notes));
        return Run("create or update an organization", async () =>
            ZendeskMapping.ToOrganization((await api.CreateOrUpdateOrganization(request, cancellationToken)).Organization), cancellationToken);
    }

    public Task<IReadOnlyList<DeskSlaPolicy>> ListSlaPoliciesAsync(CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run<IReadOnlyList<DeskSlaPolicy>>("list SLA policies", async () =>
            [.. ((await api.ListSlaPolicies(cancellationToken)).SlaPolicies ?? []).Select(ZendeskMapping.ToSlaPolicy)], cancellationToken);
    }

    public Task<DeskSlaPolicy?> GetSlaPolicyAsync(long policyId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Find("read an SLA policy", async () => ZendeskMapping.ToSlaPolicy((await api.GetSlaPolicy(policyId, cancellationToken)).SlaPolicy), cancellationToken);
    }

    public Task<IntegrationPage<HelpCenterArticle>> SearchArticlesAsync(string query, PageRequest page, string? locale = null, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var pageNumber = PageNumber(page.Cursor);
        return Run("search help center articles", async () =>
        {
            var response = await api.SearchArticles(query, locale, pageNumber, Math.Clamp(page.Limit, 1, MaxSearchPageSize), cancellationToken);
            return new IntegrationPage<HelpCenterArticle>(
                [.. (response.Results ?? []).Select(ZendeskMapping.ToArticle)],
                response.NextPage is null ? null : (pageNumber + 1).ToString(CultureInfo.InvariantCulture),
                response.Count);
        }, cancellationToken);
    }

    public Task<HelpCenterArticle> CreateArticleAsync(NewHelpCenterArticle article, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var request = new ZendeskArticleRequest(new ZendeskArticleWrite
        {
            Title = article.Title,
            Body = article.Body,
            Locale = article.Locale,
            PermissionGroupId = article.PermissionGroupId,
            UserSegmentId = article.UserSegmentId,
            Draft = article.Draft,
            LabelNames = article.Labels.Count > 0 ? [.. article.Labels] : null,
        }, article.NotifySubscribers);
        return Run("create a help center article", async () =>
            ZendeskMapping.ToArticle((await api.CreateArticle(article.SectionId, request, cancellationToken)).Article), cancellationToken);
    }

    public Task<HelpCenterArticle> UpdateArticleAsync(long articleId, HelpCenterArticleUpdate update, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("update a help center article", async () =>
        {
            // Title, body and draft belong to a translation; labels to the article itself.
            if (update.Title is not null || update.Body is not null || update.Draft is not null)
            {
                await api.UpdateArticleTranslation(articleId, update.Locale,
                    new ZendeskTranslationRequest(new ZendeskTranslationWrite(update.Title, update.Body, update.Draft)), cancellationToken);
            }

            if (update.Labels is not null)
            {
                await api.UpdateArticleMetadata(articleId,
                    new ZendeskArticleRequest(new ZendeskArticleWrite { LabelNames = [.. update.Labels] }), cancellationToken);
            }

            return ZendeskMapping.ToArticle((await api.GetArticle(update.Locale, articleId, cancellationToken)).Article);
        }, cancellationToken);
    }

    private Uri RequireConfigured()
    {
        var current = options.Value;
        if (!current.IsConfigured || current.BaseUri is not { } baseUri)
            throw new IntegrationNotConfiguredException(IntegrationNames.Zendesk, "support desk", ZendeskOptions.RequiredVariables);
        return baseUri;
    }

    private static int PageNumber(string? cursor) =>
        int.TryParse(cursor, NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    private Task<T> Run<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken) =>
        IntegrationCall.RunAsync(IntegrationNames.Zendesk, operation, time, call, cancellationToken);

    private Task<T?> Find<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        IntegrationCall.FindAsync(IntegrationNames.Zendesk, operation, time, call, cancellationToken);
}
