using System.Text.Json.Nodes;

namespace CsMcp.Infrastructure.Integrations.SendGrid;

// Wire shapes of the SendGrid v3 Mail Send and Stats APIs (snake_case via SendGridJsonContext).

internal sealed record SendGridAddress(string Email, string? Name);

internal sealed record SendGridPersonalization(
    List<SendGridAddress> To,
    List<SendGridAddress>? Cc,
    List<SendGridAddress>? Bcc,
    JsonObject? DynamicTemplateData);

internal sealed record SendGridContent(string Type, string Value);

internal sealed record SendGridMail(
    List<SendGridPersonalization> Personalizations,
    SendGridAddress From,
    SendGridAddress? ReplyTo,
    string? Subject,
    List<SendGridContent>? Content,
    string? TemplateId,
    List<string>? Categories,
    Dictionary<string, string>? CustomArgs);

internal sealed record SendGridMetrics(
    long? Requests,
    long? Processed,
    long? Delivered,
    long? Deferred,
    long? Bounces,
    long? BounceDrops,
    long? Blocks,
    long? SpamReports,
    long? SpamReportDrops,
    long? InvalidEmails,
    long? Opens,
    long? UniqueOpens,
    long? Clicks,
    long? UniqueClicks,
    long? Unsubscribes,
    long? UnsubscribeDrops);

internal sealed record SendGridStat(SendGridMetrics? Metrics);

internal sealed record SendGridStatsDay(DateOnly Date, List<SendGridStat>? Stats);
