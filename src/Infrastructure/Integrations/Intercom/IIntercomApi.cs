using Refit;

namespace CsMcp.Infrastructure.Integrations.Intercom;

/// <summary>Intercom REST API 2.x (Intercom-Version header set on the client). Method names are the <c>endpoint</c> metric label.</summary>
internal interface IIntercomApi
{
    [Get("/contacts/{contactId}")]
    Task<IntercomContact> GetContact(string contactId, CancellationToken cancellationToken);

    [Post("/contacts/search")]
    Task<IntercomContactList> SearchContacts([Body] IntercomSearchRequest request, CancellationToken cancellationToken);

    [Post("/contacts")]
    Task<IntercomContact> CreateContact([Body] IntercomContactWrite contact, CancellationToken cancellationToken);

    [Put("/contacts/{contactId}")]
    Task<IntercomContact> UpdateContact(string contactId, [Body] IntercomContactWrite contact, CancellationToken cancellationToken);

    [Get("/companies")]
    Task<IntercomCompany> FindCompany([AliasAs("company_id")] string companyId, CancellationToken cancellationToken);

    [Post("/companies")]
    Task<IntercomCompany> CreateOrUpdateCompany([Body] IntercomCompanyWrite company, CancellationToken cancellationToken);

    [Get("/companies/{companyId}/contacts")]
    Task<IntercomContactList> ListCompanyContacts(string companyId, [AliasAs("page")] int page, [AliasAs("per_page")] int perPage, CancellationToken cancellationToken);

    [Post("/contacts/{contactId}/companies")]
    Task<IntercomCompany> AttachContactToCompany(string contactId, [Body] IntercomIdReference company, CancellationToken cancellationToken);

    [Get("/conversations")]
    Task<IntercomConversationList> ListConversations([AliasAs("per_page")] int perPage, [AliasAs("starting_after")] string? startingAfter, CancellationToken cancellationToken);

    [Post("/conversations/search")]
    Task<IntercomConversationList> SearchConversations([Body] IntercomSearchRequest request, CancellationToken cancellationToken);

    [Post("/contacts/{contactId}/notes")]
    Task<IntercomNote> CreateNote(string contactId, [Body] IntercomNoteWrite note, CancellationToken cancellationToken);

    [Post("/events")]
    Task CreateEvent([Body] IntercomEventWrite intercomEvent, CancellationToken cancellationToken);

    [Post("/tags")]
    Task<IntercomTag> CreateOrUpdateTag([Body] IntercomTagWrite tag, CancellationToken cancellationToken);

    [Get("/tags")]
    Task<IntercomTagList> ListTags(CancellationToken cancellationToken);

    [Post("/contacts/{contactId}/tags")]
    Task<IntercomTag> TagContact(string contactId, [Body] IntercomIdReference tag, CancellationToken cancellationToken);

    [Delete("/contacts/{contactId}/tags/{tagId}")]
    Task<IntercomTag> UntagContact(string contactId, string tagId, CancellationToken cancellationToken);

    [Post("/messages")]
    Task<IntercomMessage> CreateMessage([Body] IntercomMessageWrite message, CancellationToken cancellationToken);

    [Get("/admins")]
    Task<IntercomAdminList> ListAdmins(CancellationToken cancellationToken);

    [Get("/me")]
    Task<IntercomAdmin> GetMe(CancellationToken cancellationToken);
}
