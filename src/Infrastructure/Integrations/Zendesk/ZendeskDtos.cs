using System.Text.Json.Nodes;

namespace CsMcp.Infrastructure.Integrations.Zendesk;

// Wire shapes of the Zendesk Support and Help Center APIs (snake_case via ZendeskJsonContext). Never leave this folder.

internal sealed record ZendeskTicket(
    long Id,
    string? Subject,
    string? Description,
    string? Status,
    string? Priority,
    string? Type,
    long? RequesterId,
    long? AssigneeId,
    long? OrganizationId,
    string? ExternalId,
    List<string>? Tags,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt,
    ZendeskSatisfactionRating? SatisfactionRating = null);

/// <summary>score: good, bad, offered (asked, not answered) or unoffered.</summary>
internal sealed record ZendeskSatisfactionRating(string? Score, string? Comment);

internal sealed record ZendeskMinutes(int? Calendar, int? Business);

internal sealed record ZendeskMetricSet(long TicketId, ZendeskMinutes? ReplyTimeInMinutes, DateTimeOffset? SolvedAt);

/// <summary>A ticket list with the metric_sets and users sideloads.</summary>
internal sealed record ZendeskTicketActivityList(List<ZendeskTicket>? Tickets, List<ZendeskMetricSet>? MetricSets, List<ZendeskUser>? Users, ZendeskCursorMeta? Meta);

internal sealed record ZendeskTicketEnvelope(ZendeskTicket Ticket);

internal sealed record ZendeskCursorMeta(bool HasMore, string? AfterCursor);

internal sealed record ZendeskTicketList(List<ZendeskTicket>? Tickets, ZendeskCursorMeta? Meta);

internal sealed record ZendeskSearchResponse<T>(List<T>? Results, int? Count, string? NextPage);

internal sealed record ZendeskComment(string Body, bool Public, long? AuthorId);

internal sealed record ZendeskRequester(string Email, string? Name);

internal sealed record ZendeskCustomField(long Id, string Value);

internal sealed record ZendeskTicketWrite
{
    public string? Subject { get; init; }

    public ZendeskComment? Comment { get; init; }

    public string? Priority { get; init; }

    public string? Status { get; init; }

    public long? AssigneeId { get; init; }

    public List<string>? Tags { get; init; }

    public ZendeskRequester? Requester { get; init; }

    public long? OrganizationId { get; init; }

    public string? ExternalId { get; init; }

    public List<ZendeskCustomField>? CustomFields { get; init; }
}

internal sealed record ZendeskTicketRequest(ZendeskTicketWrite Ticket);

internal sealed record ZendeskTags(List<string> Tags);

internal sealed record ZendeskUser(
    long Id,
    string? Name,
    string? Email,
    string? Role,
    long? OrganizationId,
    string? ExternalId,
    string? Phone,
    List<string>? Tags,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);

internal sealed record ZendeskUserEnvelope(ZendeskUser User);

internal sealed record ZendeskUserList(List<ZendeskUser>? Users);

internal sealed record ZendeskUserWrite(string Name, string Email, string Role, long? OrganizationId, string? ExternalId, string? Phone, List<string>? Tags);

internal sealed record ZendeskUserRequest(ZendeskUserWrite User);

internal sealed record ZendeskOrganization(
    long Id,
    string? Name,
    string? ExternalId,
    List<string>? DomainNames,
    List<string>? Tags,
    string? Notes,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);

internal sealed record ZendeskOrganizationEnvelope(ZendeskOrganization Organization);

internal sealed record ZendeskOrganizationList(List<ZendeskOrganization>? Organizations, ZendeskCursorMeta? Meta);

internal sealed record ZendeskOrganizationWrite(string Name, string ExternalId, List<string>? DomainNames, List<string>? Tags, string? Notes);

internal sealed record ZendeskOrganizationRequest(ZendeskOrganizationWrite Organization);

internal sealed record ZendeskPolicyMetric(string? Priority, string? Metric, int? Target, bool? BusinessHours);

internal sealed record ZendeskSlaPolicy(
    long Id,
    string? Title,
    string? Description,
    int? Position,
    List<ZendeskPolicyMetric>? PolicyMetrics,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);

internal sealed record ZendeskSlaPolicyEnvelope(ZendeskSlaPolicy SlaPolicy);

internal sealed record ZendeskSlaPolicyList(List<ZendeskSlaPolicy>? SlaPolicies);

internal sealed record ZendeskArticle(
    long Id,
    string? Title,
    string? Body,
    string? Locale,
    long? SectionId,
    long? AuthorId,
    bool? Draft,
    List<string>? LabelNames,
    string? HtmlUrl,
    int? VoteSum,
    int? VoteCount,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? UpdatedAt);

internal sealed record ZendeskArticleEnvelope(ZendeskArticle Article);

internal sealed record ZendeskArticleWrite
{
    public string? Title { get; init; }

    public string? Body { get; init; }

    public string? Locale { get; init; }

    public long? PermissionGroupId { get; init; }

    public long? UserSegmentId { get; init; }

    public bool? Draft { get; init; }

    public List<string>? LabelNames { get; init; }
}

internal sealed record ZendeskArticleRequest(ZendeskArticleWrite Article, bool? NotifySubscribers = null);

internal sealed record ZendeskTranslationWrite(string? Title, string? Body, bool? Draft);

internal sealed record ZendeskTranslationRequest(ZendeskTranslationWrite Translation);

internal sealed record ZendeskTranslationEnvelope(JsonObject? Translation);
