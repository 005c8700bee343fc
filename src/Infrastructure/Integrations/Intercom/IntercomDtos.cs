using System.Text.Json;
using System.Text.Json.Nodes;

namespace CsMcp.Infrastructure.Integrations.Intercom;

// Wire shapes of the Intercom REST API 2.x (snake_case via IntercomJsonContext; times are Unix seconds). Never leave this folder.

internal sealed record IntercomContact(
    string Id,
    string? Role,
    string? ExternalId,
    string? Email,
    string? Name,
    string? Phone,
    long? CreatedAt,
    long? UpdatedAt,
    long? SignedUpAt,
    long? LastSeenAt,
    long? LastRepliedAt,
    long? LastContactedAt,
    JsonObject? CustomAttributes);

/// <summary>pages.next is an object with starting_after in cursor lists.</summary>
internal sealed record IntercomPages(JsonElement? Next);

internal sealed record IntercomContactList(List<IntercomContact>? Data, int? TotalCount, IntercomPages? Pages);

internal sealed record IntercomPagination(int PerPage, string? StartingAfter);

internal sealed record IntercomSearchRequest(JsonObject Query, IntercomPagination Pagination);

internal sealed record IntercomContactWrite(
    string? Role,
    string? ExternalId,
    string? Email,
    string? Name,
    string? Phone,
    long? SignedUpAt,
    JsonObject? CustomAttributes);

internal sealed record IntercomPlan(string? Id, string? Name);

internal sealed record IntercomCompany(
    string Id,
    string? CompanyId,
    string? Name,
    IntercomPlan? Plan,
    decimal? MonthlySpend,
    int? Size,
    string? Industry,
    string? Website,
    int? UserCount,
    int? SessionCount,
    long? CreatedAt,
    long? UpdatedAt,
    long? LastRequestAt);

internal sealed record IntercomCompanyWrite(
    string CompanyId,
    string? Name,
    string? Plan,
    decimal? MonthlySpend,
    int? Size,
    string? Industry,
    string? Website,
    JsonObject? CustomAttributes);

internal sealed record IntercomIdReference(string Id);

internal sealed record IntercomContactReference(string Id);

internal sealed record IntercomContactReferences(List<IntercomContactReference>? Contacts);

internal sealed record IntercomTag(string Id, string? Name);

internal sealed record IntercomTagReferences(List<IntercomTag>? Tags);

internal sealed record IntercomTagList(List<IntercomTag>? Data);

internal sealed record IntercomTagWrite(string Name);

internal sealed record IntercomConversation(
    string Id,
    string? Title,
    string? State,
    bool? Read,
    string? Priority,
    long? AdminAssigneeId,
    IntercomContactReferences? Contacts,
    IntercomTagReferences? Tags,
    long? CreatedAt,
    long? UpdatedAt,
    long? WaitingSince);

internal sealed record IntercomConversationList(List<IntercomConversation>? Conversations, int? TotalCount, IntercomPages? Pages);

internal sealed record IntercomNoteWrite(string Body, string AdminId);

internal sealed record IntercomAuthor(string? Id);

internal sealed record IntercomNote(string Id, long? CreatedAt, IntercomContactReference? Contact, IntercomAuthor? Author, string? Body);

internal sealed record IntercomEventWrite(string EventName, long CreatedAt, string? Id, string? UserId, string? Email, JsonObject? Metadata);

internal sealed record IntercomParty(string Type, string Id);

internal sealed record IntercomMessageWrite(string MessageType, string? Subject, string Body, string? Template, IntercomParty From, IntercomParty To);

internal sealed record IntercomMessage(string Id, long? CreatedAt, string? MessageType, string? ConversationId);

internal sealed record IntercomAdmin(string Id, string? Name, string? Email, string? JobTitle, bool? AwayModeEnabled);

internal sealed record IntercomAdminList(List<IntercomAdmin>? Admins);
