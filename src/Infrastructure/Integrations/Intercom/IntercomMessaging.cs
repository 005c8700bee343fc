using System.Text.Json.Nodes;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Messaging;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations.Intercom;

/// <summary>The messaging port over the Intercom REST API 2.x (contacts, companies, conversations, notes, events, tags, admin messages).</summary>
internal sealed class IntercomMessaging(IIntercomApi api, IOptions<IntercomOptions> options, TimeProvider time) : IMessaging
{
    private const int MaxPageSize = 150;
    private string? _tokenAdminId;

    public Task<MessagingContact?> GetContactAsync(string contactId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Find("read a contact", async () => IntercomMapping.ToContact(await api.GetContact(contactId, cancellationToken)), cancellationToken);
    }

    public Task<MessagingContact?> FindContactByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        FindContactAsync("email", email.Trim(), "find a contact by e-mail", cancellationToken);

    public Task<MessagingContact?> FindContactByExternalIdAsync(string externalId, CancellationToken cancellationToken = default) =>
        FindContactAsync("external_id", externalId, "find a contact by external id", cancellationToken);

    public Task<IntegrationPage<MessagingContact>> SearchContactsAsync(MessagingContactSearch search, PageRequest page, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var filters = new List<JsonObject>();
        if (search.Email is { } email)
            filters.Add(IntercomMapping.Filter("email", "=", email.Trim()));
        if (search.ExternalId is { } externalId)
            filters.Add(IntercomMapping.Filter("external_id", "=", externalId));
        filters.Add(IntercomMapping.Filter("updated_at", ">", Since(search.UpdatedSince)));
        var request = new IntercomSearchRequest(IntercomMapping.Query(filters), Pagination(page));
        return Run("search contacts", async () =>
        {
            var response = await api.SearchContacts(request, cancellationToken);
            return new IntegrationPage<MessagingContact>(
                [.. (response.Data ?? []).Select(IntercomMapping.ToContact)], IntercomMapping.NextCursor(response.Pages), response.TotalCount);
        }, cancellationToken);
    }

    public Task<MessagingContact> UpsertContactAsync(MessagingContactUpsert contact, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        if (contact.ExternalId is null && contact.Email is null)
            throw new ValidationException("contact", "give an external id or an e-mail address to identify the contact");
        var write = new IntercomContactWrite(
            contact.Role == MessagingContactRole.Lead ? "lead" : "user",
            contact.ExternalId,
            contact.Email,
            contact.Name,
            contact.Phone,
            contact.SignedUpAt is { } signedUp ? IntercomMapping.UnixSeconds(signedUp) : null,
            JsonProperties.ToObjectOrNull(contact.CustomAttributes));
        return Run("create or update a contact", async () =>
        {
            var existing = contact.ExternalId is { } externalId ? await SearchSingleAsync("external_id", externalId, cancellationToken) : null;
            if (existing is null && contact.Email is { } email)
                existing = await SearchSingleAsync("email", email.Trim(), cancellationToken);
            var stored = existing is null
                ? await api.CreateContact(write, cancellationToken)
                : await api.UpdateContact(existing.Id, write, cancellationToken);
            return IntercomMapping.ToContact(stored);
        }, cancellationToken);
    }

    public Task<MessagingCompany?> FindCompanyAsync(string companyId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Find("find a company", async () => IntercomMapping.ToCompany(await api.FindCompany(companyId, cancellationToken)), cancellationToken);
    }

    public Task<MessagingCompany> UpsertCompanyAsync(MessagingCompanyUpsert company, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var write = new IntercomCompanyWrite(company.CompanyId, company.Name, company.Plan, company.MonthlySpend, company.Size,
            company.Industry, company.Website, JsonProperties.ToObjectOrNull(company.CustomAttributes));
        return Run("create or update a company", async () => IntercomMapping.ToCompany(await api.CreateOrUpdateCompany(write, cancellationToken)), cancellationToken);
    }

    public Task AttachContactToCompanyAsync(string contactId, string companyPlatformId, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("attach a contact to a company", () => api.AttachContactToCompany(contactId, new IntercomIdReference(companyPlatformId), cancellationToken), cancellationToken);
    }

    /// <summary>Page-numbered on the wire: the cursor is the next page number.</summary>
    public Task<IntegrationPage<MessagingContact>> ListCompanyContactsAsync(string companyPlatformId, PageRequest page, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var number = page.Cursor is { } cursor && int.TryParse(cursor, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed : 1;
        var perPage = Math.Clamp(page.Limit, 1, MaxPageSize);
        return Run("list a company's contacts", async () =>
        {
            var response = await api.ListCompanyContacts(companyPlatformId, number, perPage, cancellationToken);
            var contacts = response.Data ?? [];
            var more = contacts.Count == perPage && (response.TotalCount is null || response.TotalCount > number * perPage);
            return new IntegrationPage<MessagingContact>(
                [.. contacts.Select(IntercomMapping.ToContact)],
                more ? (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
                response.TotalCount);
        }, cancellationToken);
    }

    public Task<IntegrationPage<MessagingConversation>> ListConversationsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("list conversations", async () =>
        {
            var response = await api.ListConversations(Math.Clamp(page.Limit, 1, MaxPageSize), page.Cursor, cancellationToken);
            return ToPage(response);
        }, cancellationToken);
    }

    public Task<IntegrationPage<MessagingConversation>> SearchConversationsAsync(MessagingConversationSearch search, PageRequest page, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var filters = new List<JsonObject>();
        if (search.ContactId is { } contactId)
            filters.Add(IntercomMapping.Filter("contact_ids", "=", contactId));
        if (search.ContactIds.Count > 0)
            filters.Add(IntercomMapping.Filter("contact_ids", "IN", new JsonArray([.. search.ContactIds.Select(id => JsonValue.Create(id))])));
        if (search.State is { } state)
            filters.Add(IntercomMapping.Filter("state", "=", state.ToString().ToLowerInvariant()));
        filters.Add(IntercomMapping.Filter("updated_at", ">", Since(search.UpdatedSince)));
        var request = new IntercomSearchRequest(IntercomMapping.Query(filters), Pagination(page));
        return Run("search conversations", async () => ToPage(await api.SearchConversations(request, cancellationToken)), cancellationToken);
    }

    public Task<MessagingNote> AddNoteAsync(string contactId, string body, string? adminId = null, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("add a note to a contact", async () =>
        {
            var author = await AdminIdAsync(adminId, cancellationToken);
            var note = await api.CreateNote(contactId, new IntercomNoteWrite(body, author), cancellationToken);
            return new MessagingNote(note.Id, note.Contact?.Id ?? contactId, note.Body ?? body, note.Author?.Id ?? author,
                IntercomMapping.Time(note.CreatedAt) ?? time.GetUtcNow().UtcDateTime);
        }, cancellationToken);
    }

    public Task RecordEventAsync(MessagingEvent messagingEvent, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        if (messagingEvent.ContactId is null && messagingEvent.ExternalId is null && messagingEvent.Email is null)
            throw new ValidationException("event", "identify the contact by contact id, external id or e-mail");
        var write = new IntercomEventWrite(
            messagingEvent.EventName,
            IntercomMapping.UnixSeconds(messagingEvent.OccurredAt),
            messagingEvent.ContactId,
            messagingEvent.ContactId is null ? messagingEvent.ExternalId : null,
            messagingEvent.ContactId is null && messagingEvent.ExternalId is null ? messagingEvent.Email : null,
            JsonProperties.ToObjectOrNull(messagingEvent.Metadata));
        return Run("record an event", () => api.CreateEvent(write, cancellationToken), cancellationToken);
    }

    public Task<MessagingTag> TagContactAsync(string contactId, string tagName, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("tag a contact", async () =>
        {
            var tag = await api.CreateOrUpdateTag(new IntercomTagWrite(tagName), cancellationToken);
            await api.TagContact(contactId, new IntercomIdReference(tag.Id), cancellationToken);
            return new MessagingTag(tag.Id, tag.Name ?? tagName);
        }, cancellationToken);
    }

    public Task<bool> UntagContactAsync(string contactId, string tagName, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run("remove a tag from a contact", async () =>
        {
            var tags = await api.ListTags(cancellationToken);
            var tag = (tags.Data ?? []).FirstOrDefault(t => string.Equals(t.Name, tagName, StringComparison.OrdinalIgnoreCase));
            if (tag is null)
                return false;
            await api.UntagContact(contactId, tag.Id, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<MessagingMessage> SendAdminMessageAsync(AdminMessage message, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        if (message.Channel == MessagingChannel.Email && string.IsNullOrWhiteSpace(message.Subject))
            throw new ValidationException("subject", "an e-mail message needs a subject");
        return Run("send an admin message", async () =>
        {
            var from = await AdminIdAsync(message.FromAdminId, cancellationToken);
            var write = new IntercomMessageWrite(
                message.Channel == MessagingChannel.Email ? "email" : "inapp",
                message.Channel == MessagingChannel.Email ? message.Subject : null,
                message.Body,
                message.Channel == MessagingChannel.Email ? (message.Personal ? "personal" : "plain") : null,
                new IntercomParty("admin", from),
                new IntercomParty("user", message.ContactId));
            var sent = await api.CreateMessage(write, cancellationToken);
            return new MessagingMessage(sent.Id, sent.ConversationId, message.Channel, IntercomMapping.Time(sent.CreatedAt) ?? time.GetUtcNow().UtcDateTime);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<MessagingAdmin>> ListAdminsAsync(CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        return Run<IReadOnlyList<MessagingAdmin>>("list admins", async () =>
            [.. ((await api.ListAdmins(cancellationToken)).Admins ?? []).Select(a => new MessagingAdmin(a.Id, a.Name ?? string.Empty, a.Email, a.JobTitle, a.AwayModeEnabled ?? false))],
            cancellationToken);
    }

    private Task<MessagingContact?> FindContactAsync(string field, string value, string operation, CancellationToken cancellationToken)
    {
        RequireConfigured();
        return Run(operation, async () => await SearchSingleAsync(field, value, cancellationToken) is { } found ? IntercomMapping.ToContact(found) : null, cancellationToken);
    }

    private async Task<IntercomContact?> SearchSingleAsync(string field, string value, CancellationToken cancellationToken)
    {
        var response = await api.SearchContacts(
            new IntercomSearchRequest(IntercomMapping.Filter(field, "=", value), new IntercomPagination(2, null)), cancellationToken);
        return response.Data?.FirstOrDefault();
    }

    /// <summary>The given admin, else INTERCOM_ADMIN_ID, else the admin that owns the access token (read once).</summary>
    private async Task<string> AdminIdAsync(string? adminId, CancellationToken cancellationToken)
    {
        if ((adminId ?? options.Value.AdminId ?? _tokenAdminId) is { } known)
            return known;
        var me = await api.GetMe(cancellationToken);
        _tokenAdminId = me.Id;
        return me.Id;
    }

    private static IntegrationPage<MessagingConversation> ToPage(IntercomConversationList response) => new(
        [.. (response.Conversations ?? []).Select(IntercomMapping.ToConversation)], IntercomMapping.NextCursor(response.Pages), response.TotalCount);

    private static IntercomPagination Pagination(PageRequest page) => new(Math.Clamp(page.Limit, 1, MaxPageSize), page.Cursor);

    private static JsonValue Since(DateTime? since) => JsonValue.Create(since is { } value ? IntercomMapping.UnixSeconds(value) - 1 : 0);

    private void RequireConfigured()
    {
        if (!options.Value.IsConfigured)
            throw new IntegrationNotConfiguredException(IntegrationNames.Intercom, "messaging", IntercomOptions.RequiredVariables);
    }

    private Task<T> Run<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken) =>
        IntegrationCall.RunAsync(IntegrationNames.Intercom, operation, time, call, cancellationToken);

    private Task Run(string operation, Func<Task> call, CancellationToken cancellationToken) =>
        IntegrationCall.RunAsync(IntegrationNames.Intercom, operation, time, call, cancellationToken);

    private Task<T?> Find<T>(string operation, Func<Task<T>> call, CancellationToken cancellationToken)
        where T : class =>
        IntegrationCall.FindAsync(IntegrationNames.Intercom, operation, time, call, cancellationToken);
}
