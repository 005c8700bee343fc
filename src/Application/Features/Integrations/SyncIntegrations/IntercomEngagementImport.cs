using System.Globalization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Messaging;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Engagement;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Integrations.SyncIntegrations;

/// <summary>
/// Intercom engagement of the client's company -> engagement events, upserted by external id:
/// the company's last seen time (last_request_at) -> one login event per day seen (<c>intercom:last_seen:&lt;company&gt;:&lt;date&gt;</c>),
/// each conversation with a contact of the company updated in the window -> an inbound in-app event at its start
/// (<c>intercom:conversation:&lt;id&gt;</c>). The client's last engagement moves forward to the latest of them.
/// </summary>
internal sealed class IntercomEngagementImport(IAppDbContext db, IMessaging messaging, DateTime startedAt) : IClientImporter
{
    public const int PageSize = 150;
    public const int ContactsPerSearch = 15;

    public async Task<SyncCounts> ImportAsync(Client client, DateTime? changedSince, CancellationToken cancellationToken)
    {
        var since = changedSince ?? startedAt.AddDays(-SyncScope.DefaultLookbackDays);
        var company = await messaging.FindCompanyAsync(client.IntercomCompanyId!, cancellationToken)
            ?? throw new NotFoundException("Intercom company", "intercom_company_id", client.IntercomCompanyId!,
                $"Check the company_id in Intercom, or change it with update_client_info on {client.ClientId}.");
        var contacts = await AllAsync(page => messaging.ListCompanyContactsAsync(company.Id, page, cancellationToken));
        var conversations = new List<MessagingConversation>();
        foreach (var chunk in contacts.Select(c => c.Id).Chunk(ContactsPerSearch))
        {
            conversations.AddRange(await AllAsync(page => messaging.SearchConversationsAsync(
                new MessagingConversationSearch { ContactIds = chunk, UpdatedSince = since }, page, cancellationToken)));
        }

        var emails = contacts.Where(c => c.Email is not null).ToDictionary(c => c.Id, c => c.Email!, StringComparer.Ordinal);
        var names = contacts.Where(c => c.Name is not null).ToDictionary(c => c.Id, c => c.Name!, StringComparer.Ordinal);
        var imported = new List<EngagementEvent>();
        if (company.LastRequestAt is { } lastSeen)
        {
            imported.Add(new EngagementEvent
            {
                ClientId = client.ClientId,
                ExternalId = $"intercom:last_seen:{company.Id}:{lastSeen.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
                EventType = EngagementType.Login,
                Direction = EngagementDirection.Inbound,
                OccurredAt = lastSeen,
                Summary = "Last seen in the product (Intercom company last_request_at).",
            });
        }

        foreach (var conversation in conversations.GroupBy(c => c.Id).Select(g => g.First()))
        {
            var contactId = conversation.ContactIds.FirstOrDefault(emails.ContainsKey) ?? (conversation.ContactIds.Count > 0 ? conversation.ContactIds[0] : null);
            var title = conversation.Title is { Length: > 0 } t ? $"Intercom conversation: {t}" : "Intercom conversation";
            imported.Add(new EngagementEvent
            {
                ClientId = client.ClientId,
                ExternalId = $"intercom:conversation:{conversation.Id}",
                EventType = EngagementType.InApp,
                Direction = EngagementDirection.Inbound,
                OccurredAt = conversation.CreatedAt,
                ContactEmail = contactId is not null && emails.TryGetValue(contactId, out var email) ? EmailAddress.Normalize(email) : null,
                ContactName = contactId is not null ? names.GetValueOrDefault(contactId) : null,
                Summary = title.Length > EngagementEvent.MaxSummaryLength ? title[..EngagementEvent.MaxSummaryLength] : title,
            });
        }

        var counts = await UpsertAsync(imported, cancellationToken);
        if (imported.Count > 0 && imported.Max(e => e.OccurredAt) is var latest && (client.LastEngagementAt is null || latest > client.LastEngagementAt))
            client.LastEngagementAt = latest;
        return counts;
    }

    public string? Cursor(Client client) => null;

    private async Task<SyncCounts> UpsertAsync(List<EngagementEvent> imported, CancellationToken cancellationToken)
    {
        var ids = imported.Select(e => e.ExternalId!).ToList();
        var existing = await db.EngagementEvents.Where(e => ids.Contains(e.ExternalId!)).ToDictionaryAsync(e => e.ExternalId!, StringComparer.Ordinal, cancellationToken);
        var counts = SyncCounts.None;
        foreach (var next in imported)
        {
            if (!existing.TryGetValue(next.ExternalId!, out var row))
            {
                db.EngagementEvents.Add(next);
                counts += new SyncCounts(1, 0, 0);
                continue;
            }

            var sync = new FieldSync();
            sync.Set(row.ClientId, next.ClientId, v => row.ClientId = v);
            sync.Set(row.EventType, next.EventType, v => row.EventType = v);
            sync.Set(row.Direction, next.Direction, v => row.Direction = v);
            sync.Set(row.OccurredAt, next.OccurredAt, v => row.OccurredAt = v);
            sync.Set(row.ContactEmail, next.ContactEmail, v => row.ContactEmail = v);
            sync.Set(row.ContactName, next.ContactName, v => row.ContactName = v);
            sync.Set(row.Summary, next.Summary, v => row.Summary = v);
            counts += sync.Changed ? new SyncCounts(0, 1, 0) : new SyncCounts(0, 0, 1);
        }

        return counts;
    }

    private static async Task<List<T>> AllAsync<T>(Func<PageRequest, Task<IntegrationPage<T>>> read)
    {
        var items = new List<T>();
        string? cursor = null;
        do
        {
            var page = await read(new PageRequest(cursor, PageSize));
            items.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);
        return items;
    }
}
