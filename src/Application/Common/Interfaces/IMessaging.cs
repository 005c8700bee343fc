using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Messaging;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>
/// The customer messaging platform (Intercom). Every method throws IntegrationNotConfiguredException when it is not
/// configured and IntegrationException when it fails; Get/Find methods return null when there is no such record.
/// </summary>
public interface IMessaging
{
    Task<MessagingContact?> GetContactAsync(string contactId, CancellationToken cancellationToken = default);

    Task<MessagingContact?> FindContactByEmailAsync(string email, CancellationToken cancellationToken = default);

    Task<MessagingContact?> FindContactByExternalIdAsync(string externalId, CancellationToken cancellationToken = default);

    Task<IntegrationPage<MessagingContact>> SearchContactsAsync(MessagingContactSearch search, PageRequest page, CancellationToken cancellationToken = default);

    Task<MessagingContact> UpsertContactAsync(MessagingContactUpsert contact, CancellationToken cancellationToken = default);

    Task<MessagingCompany?> FindCompanyAsync(string companyId, CancellationToken cancellationToken = default);

    Task<MessagingCompany> UpsertCompanyAsync(MessagingCompanyUpsert company, CancellationToken cancellationToken = default);

    /// <summary>The contacts attached to a company (<paramref name="companyPlatformId"/> is <see cref="MessagingCompany.Id"/>).</summary>
    Task<IntegrationPage<MessagingContact>> ListCompanyContactsAsync(string companyPlatformId, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Links a contact to a company (<paramref name="companyPlatformId"/> is <see cref="MessagingCompany.Id"/>).</summary>
    Task AttachContactToCompanyAsync(string contactId, string companyPlatformId, CancellationToken cancellationToken = default);

    Task<IntegrationPage<MessagingConversation>> ListConversationsAsync(PageRequest page, CancellationToken cancellationToken = default);

    Task<IntegrationPage<MessagingConversation>> SearchConversationsAsync(MessagingConversationSearch search, PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Adds a note to the contact; the author defaults as for <see cref="AdminMessage.FromAdminId"/>.</summary>
    Task<MessagingNote> AddNoteAsync(string contactId, string body, string? adminId = null, CancellationToken cancellationToken = default);

    Task RecordEventAsync(MessagingEvent messagingEvent, CancellationToken cancellationToken = default);

    /// <summary>Tags the contact, creating the tag when it does not exist yet.</summary>
    Task<MessagingTag> TagContactAsync(string contactId, string tagName, CancellationToken cancellationToken = default);

    /// <summary>Removes the tag from the contact; returns false when no tag of that name exists.</summary>
    Task<bool> UntagContactAsync(string contactId, string tagName, CancellationToken cancellationToken = default);

    Task<MessagingMessage> SendAdminMessageAsync(AdminMessage message, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MessagingAdmin>> ListAdminsAsync(CancellationToken cancellationToken = default);
}
