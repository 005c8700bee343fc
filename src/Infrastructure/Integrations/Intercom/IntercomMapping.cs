using System.Text.Json;
using System.Text.Json.Nodes;
using CsMcp.Application.Common.Integrations.Messaging;

namespace CsMcp.Infrastructure.Integrations.Intercom;

internal static class IntercomMapping
{
    public static MessagingContact ToContact(IntercomContact contact) => new(
        contact.Id,
        contact.Role == "lead" ? MessagingContactRole.Lead : MessagingContactRole.User,
        contact.ExternalId,
        contact.Email,
        contact.Name,
        contact.Phone,
        Time(contact.CreatedAt),
        Time(contact.UpdatedAt),
        Time(contact.SignedUpAt),
        Time(contact.LastSeenAt),
        Time(contact.LastRepliedAt),
        Time(contact.LastContactedAt),
        Attributes(contact.CustomAttributes));

    public static MessagingCompany ToCompany(IntercomCompany company) => new(
        company.Id,
        company.CompanyId ?? string.Empty,
        company.Name,
        company.Plan?.Name,
        company.MonthlySpend,
        company.Size,
        company.Industry,
        company.Website,
        company.UserCount,
        company.SessionCount,
        Time(company.CreatedAt),
        Time(company.UpdatedAt),
        Time(company.LastRequestAt));

    public static MessagingConversation ToConversation(IntercomConversation conversation) => new(
        conversation.Id,
        conversation.Title,
        conversation.State switch
        {
            "closed" => MessagingConversationState.Closed,
            "snoozed" => MessagingConversationState.Snoozed,
            _ => MessagingConversationState.Open,
        },
        conversation.Read ?? false,
        conversation.Priority == "priority",
        conversation.AdminAssigneeId is { } admin ? admin.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        [.. (conversation.Contacts?.Contacts ?? []).Select(c => c.Id)],
        [.. (conversation.Tags?.Tags ?? []).Select(t => t.Name ?? t.Id)],
        Time(conversation.CreatedAt) ?? DateTime.UnixEpoch,
        Time(conversation.UpdatedAt) ?? DateTime.UnixEpoch,
        Time(conversation.WaitingSince));

    public static string? NextCursor(IntercomPages? pages) =>
        pages?.Next is { ValueKind: JsonValueKind.Object } next
        && next.TryGetProperty("starting_after", out var after)
        && after.ValueKind == JsonValueKind.String
            ? after.GetString()
            : null;

    public static DateTime? Time(long? unixSeconds) =>
        unixSeconds is { } seconds and > 0 ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime : null;

    public static long UnixSeconds(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc.ToUniversalTime(), DateTimeKind.Utc)).ToUnixTimeSeconds();

    /// <summary>One filter, or all of them joined with AND.</summary>
    public static JsonObject Query(IReadOnlyList<JsonObject> filters) => filters.Count == 1
        ? filters[0]
        : new JsonObject { ["operator"] = "AND", ["value"] = new JsonArray([.. filters]) };

    public static JsonObject Filter(string field, string comparison, JsonNode value) =>
        new() { ["field"] = field, ["operator"] = comparison, ["value"] = value };

    private static Dictionary<string, string?> Attributes(JsonObject? attributes)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in attributes ?? [])
        {
            result[key] = value switch
            {
                null => null,
                JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
                _ => value.ToJsonString(),
            };
        }

        return result;
    }
}
