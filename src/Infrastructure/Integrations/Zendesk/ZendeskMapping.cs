using System.Globalization;
using CsMcp.Application.Common.Integrations.SupportDesk;

namespace CsMcp.Infrastructure.Integrations.Zendesk;

internal static class ZendeskMapping
{
    public static DeskTicket ToTicket(ZendeskTicket ticket, Uri baseUri) => new(
        ticket.Id,
        ticket.Subject ?? string.Empty,
        ticket.Description,
        Status(ticket.Status),
        Priority(ticket.Priority),
        ticket.Type,
        ticket.RequesterId,
        ticket.AssigneeId,
        ticket.OrganizationId,
        ticket.ExternalId,
        ticket.Tags ?? [],
        Utc(ticket.CreatedAt),
        Utc(ticket.UpdatedAt),
        new Uri(baseUri, $"agent/tickets/{ticket.Id.ToString(CultureInfo.InvariantCulture)}").ToString());

    public static List<DeskTicketActivity> ToActivity(
        IReadOnlyList<ZendeskTicket> tickets, IReadOnlyList<ZendeskMetricSet> metricSets, IReadOnlyList<ZendeskUser> users, Uri baseUri)
    {
        var metrics = metricSets.GroupBy(m => m.TicketId).ToDictionary(g => g.Key, g => g.First());
        var people = users.GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First());
        return
        [
            .. tickets.Select(ticket =>
            {
                var metric = metrics.GetValueOrDefault(ticket.Id);
                var requester = ticket.RequesterId is { } id ? people.GetValueOrDefault(id) : null;
                var created = Utc(ticket.CreatedAt);
                return new DeskTicketActivity(
                    ToTicket(ticket, baseUri),
                    requester?.Email,
                    requester?.Name,
                    ticket.SatisfactionRating?.Score switch
                    {
                        "good" => DeskSatisfaction.Good,
                        "bad" => DeskSatisfaction.Bad,
                        _ => null,
                    },
                    ticket.SatisfactionRating?.Score is "good" or "bad" ? ticket.SatisfactionRating.Comment : null,
                    metric?.ReplyTimeInMinutes?.Calendar is { } minutes ? created.AddMinutes(minutes) : null,
                    metric?.SolvedAt?.UtcDateTime);
            }),
        ];
    }

    public static DeskUser ToUser(ZendeskUser user) => new(
        user.Id,
        user.Name ?? string.Empty,
        user.Email,
        user.Role switch
        {
            "admin" => DeskUserRole.Admin,
            "agent" => DeskUserRole.Agent,
            _ => DeskUserRole.EndUser,
        },
        user.OrganizationId,
        user.ExternalId,
        user.Phone,
        user.Tags ?? [],
        Utc(user.CreatedAt),
        Utc(user.UpdatedAt));

    public static DeskOrganization ToOrganization(ZendeskOrganization organization) => new(
        organization.Id,
        organization.Name ?? string.Empty,
        organization.ExternalId,
        organization.DomainNames ?? [],
        organization.Tags ?? [],
        organization.Notes,
        Utc(organization.CreatedAt),
        Utc(organization.UpdatedAt));

    public static DeskSlaPolicy ToSlaPolicy(ZendeskSlaPolicy policy) => new(
        policy.Id,
        policy.Title ?? string.Empty,
        policy.Description,
        policy.Position ?? 0,
        [
            .. (policy.PolicyMetrics ?? [])
                .Where(m => Priority(m.Priority) is not null && m.Metric is not null && m.Target is not null)
                .Select(m => new DeskSlaTarget(Priority(m.Priority)!.Value, m.Metric!, m.Target!.Value, m.BusinessHours ?? false)),
        ],
        Utc(policy.CreatedAt),
        Utc(policy.UpdatedAt));

    public static HelpCenterArticle ToArticle(ZendeskArticle article) => new(
        article.Id,
        article.Title ?? string.Empty,
        article.Body,
        article.Locale ?? string.Empty,
        article.SectionId,
        article.AuthorId,
        article.Draft ?? false,
        article.LabelNames ?? [],
        article.HtmlUrl,
        article.VoteSum ?? 0,
        article.VoteCount ?? 0,
        Utc(article.CreatedAt),
        Utc(article.UpdatedAt));

    public static DeskTicketStatus Status(string? status) => status switch
    {
        "new" => DeskTicketStatus.New,
        "pending" => DeskTicketStatus.Pending,
        "hold" => DeskTicketStatus.Hold,
        "solved" => DeskTicketStatus.Solved,
        "closed" => DeskTicketStatus.Closed,
        _ => DeskTicketStatus.Open,
    };

    public static DeskTicketPriority? Priority(string? priority) => priority switch
    {
        "low" => DeskTicketPriority.Low,
        "normal" => DeskTicketPriority.Normal,
        "high" => DeskTicketPriority.High,
        "urgent" => DeskTicketPriority.Urgent,
        _ => null,
    };

    public static string Code(DeskTicketStatus status) => status.ToString().ToLowerInvariant();

    public static string Code(DeskTicketPriority priority) => priority.ToString().ToLowerInvariant();

    public static string Code(DeskUserRole role) => role switch
    {
        DeskUserRole.Admin => "admin",
        DeskUserRole.Agent => "agent",
        _ => "end-user",
    };

    /// <summary>The search query: type:ticket plus one term per criterion (values with spaces quoted).</summary>
    public static string SearchQuery(DeskTicketSearch search)
    {
        var terms = new List<string> { "type:ticket" };
        if (!string.IsNullOrWhiteSpace(search.Text))
            terms.Add(search.Text.Trim());
        if (search.Status is { } status)
            terms.Add($"status:{Code(status)}");
        if (search.Priority is { } priority)
            terms.Add($"priority:{Code(priority)}");
        if (!string.IsNullOrWhiteSpace(search.RequesterEmail))
            terms.Add($"requester:{Quote(search.RequesterEmail.Trim())}");
        if (search.OrganizationId is { } organization)
            terms.Add($"organization:{organization.ToString(CultureInfo.InvariantCulture)}");
        terms.AddRange(search.Tags.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => $"tags:{Quote(t.Trim())}"));
        if (search.UpdatedSince is { } since)
            terms.Add($"updated>={since.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}");
        return string.Join(' ', terms);
    }

    private static string Quote(string value) =>
        value.Any(char.IsWhiteSpace) ? $"\"{value.Replace("\"", string.Empty, StringComparison.Ordinal)}\"" : value;

    public static DateTime Utc(DateTimeOffset? value) => value?.UtcDateTime ?? DateTime.UnixEpoch;
}
