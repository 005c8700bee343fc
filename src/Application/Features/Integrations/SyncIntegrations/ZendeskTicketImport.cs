using System.Globalization;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>
/// Zendesk tickets of the client's organization -> support tickets, upserted by external id <c>zendesk:&lt;id&gt;</c>.
/// The mapping (docs/integrations.md): priority urgent->P0, high->P1, normal->P3, low->P4, none->P3; status new->open,
/// open->in_progress, pending->waiting_on_customer, hold->waiting_on_engineering, solved->resolved, closed->closed; type
/// question->how_to_question, incident->technical_issue, problem->bug_report, task/none->other; satisfaction good->5, bad->1;
/// first response = created + Zendesk's first reply time; resolved = Zendesk's solved time while solved or closed.
/// </summary>
internal sealed class ZendeskTicketImport(IAppDbContext db, ISupportDesk desk, DateTime startedAt) : IClientImporter
{
    public const int PageSize = 100;
    public const string ExternalIdPrefix = "zendesk:";

    public async Task<SyncCounts> ImportAsync(Client client, DateTime? changedSince, CancellationToken cancellationToken)
    {
        var organizationId = long.Parse(client.ZendeskOrganizationId!, CultureInfo.InvariantCulture);
        var since = changedSince ?? startedAt.AddDays(-SyncScope.DefaultLookbackDays);
        var activity = new List<DeskTicketActivity>();
        string? cursor = null;
        do
        {
            var page = await desk.ListOrganizationTicketActivityAsync(organizationId, since, new PageRequest(cursor, PageSize), cancellationToken);
            activity.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        var externalIds = activity.Select(a => ExternalId(a.Ticket.Id)).ToList();
        var existing = await db.SupportTickets.Where(t => externalIds.Contains(t.ExternalId!))
            .ToDictionaryAsync(t => t.ExternalId!, StringComparer.Ordinal, cancellationToken);
        var counts = SyncCounts.None;
        foreach (var item in activity.GroupBy(a => a.Ticket.Id).Select(g => g.First()))
        {
            var externalId = ExternalId(item.Ticket.Id);
            if (existing.TryGetValue(externalId, out var ticket))
            {
                counts += Apply(ticket, item, client.ClientId) ? new SyncCounts(0, 1, 0) : new SyncCounts(0, 0, 1);
                continue;
            }

            ticket = new SupportTicket
            {
                ExternalId = externalId,
                TicketId = $"ZD-{item.Ticket.Id.ToString(CultureInfo.InvariantCulture)}",
                ClientId = client.ClientId,
                Subject = string.Empty,
                Description = string.Empty,
                RequesterEmail = string.Empty,
                RequesterName = string.Empty,
            };
            Apply(ticket, item, client.ClientId);
            db.SupportTickets.Add(ticket);
            counts += new SyncCounts(1, 0, 0);
        }

        return counts;
    }

    public string? Cursor(Client client) => null;

    public static string ExternalId(long ticketId) => ExternalIdPrefix + ticketId.ToString(CultureInfo.InvariantCulture);

    private static bool Apply(SupportTicket ticket, DeskTicketActivity item, string clientId)
    {
        var source = item.Ticket;
        var priority = Priority(source.Priority);
        var sla = TicketSla.For(priority);
        var status = Status(source.Status);
        var resolved = status is TicketStatus.Resolved or TicketStatus.Closed && item.SolvedAt is { } solved && solved >= source.CreatedAt ? solved : (DateTime?)null;
        var firstResponse = item.FirstReplyAt is { } reply && reply >= source.CreatedAt ? reply : (DateTime?)null;
        var subject = source.Subject.Length > SupportTicket.MaxSubjectLength ? source.Subject[..SupportTicket.MaxSubjectLength] : source.Subject;
        var sync = new FieldSync();
        sync.Set(ticket.ClientId, clientId, v => ticket.ClientId = v);
        sync.Set(ticket.Subject, subject, v => ticket.Subject = v);
        sync.Set(ticket.Description, source.Description ?? string.Empty, v => ticket.Description = v);
        sync.Set(ticket.Priority, priority, v => ticket.Priority = v);
        sync.Set(ticket.Category, Category(source.Type), v => ticket.Category = v);
        sync.Set(ticket.Status, status, v => ticket.Status = v);
        sync.Set(ticket.RequesterEmail, item.RequesterEmail is { } email ? EmailAddress.Normalize(email) : string.Empty, v => ticket.RequesterEmail = v);
        sync.Set(ticket.RequesterName, item.RequesterName ?? string.Empty, v => ticket.RequesterName = v);
        sync.SetList(ticket.Tags, source.Tags, v => ticket.Tags = v);
        sync.Set(ticket.CreatedAt, source.CreatedAt, v => ticket.CreatedAt = v);
        sync.Set(ticket.UpdatedAt, source.UpdatedAt, v => ticket.UpdatedAt = v);
        sync.Set(ticket.FirstResponseAt, firstResponse, v => ticket.FirstResponseAt = v);
        sync.Set(ticket.ResolvedAt, resolved, v => ticket.ResolvedAt = v);
        sync.Set(ticket.SlaFirstResponseMinutes, sla.FirstResponseMinutes, v => ticket.SlaFirstResponseMinutes = v);
        sync.Set(ticket.SlaResolutionMinutes, sla.ResolutionMinutes, v => ticket.SlaResolutionMinutes = v);
        sync.Set(ticket.SatisfactionRating, item.Satisfaction switch { DeskSatisfaction.Good => 5, DeskSatisfaction.Bad => 1, _ => (int?)null }, v => ticket.SatisfactionRating = v);
        sync.Set(ticket.SatisfactionComment, item.SatisfactionComment, v => ticket.SatisfactionComment = v);
        return sync.Changed;
    }

    public static TicketPriority Priority(DeskTicketPriority? priority) => priority switch
    {
        DeskTicketPriority.Urgent => TicketPriority.P0,
        DeskTicketPriority.High => TicketPriority.P1,
        DeskTicketPriority.Low => TicketPriority.P4,
        _ => TicketPriority.P3,
    };

    public static TicketStatus Status(DeskTicketStatus status) => status switch
    {
        DeskTicketStatus.New => TicketStatus.Open,
        DeskTicketStatus.Open => TicketStatus.InProgress,
        DeskTicketStatus.Pending => TicketStatus.WaitingOnCustomer,
        DeskTicketStatus.Hold => TicketStatus.WaitingOnEngineering,
        DeskTicketStatus.Solved => TicketStatus.Resolved,
        _ => TicketStatus.Closed,
    };

    public static TicketCategory Category(string? type) => type switch
    {
        "question" => TicketCategory.HowToQuestion,
        "incident" => TicketCategory.TechnicalIssue,
        "problem" => TicketCategory.BugReport,
        _ => TicketCategory.Other,
    };
}
