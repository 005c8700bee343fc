using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.ShareProductInsights;

[Tool("share_product_insights", Toolsets.Feedback, Title = "Share product insights", OpenWorld = true)]
[Description("Stores a product insight backed by stored feedback ids, scores its business value (0-10), e-mails it to the product recipients "
    + "when e-mail is configured (else records 'not sent') and writes it to each affected client's timeline.")]
public sealed record ShareProductInsights : ICommand<ShareProductInsightsResult>
{
    [Description("Kind of insight.")]
    [OneOf<ProductInsightType>]
    public required string InsightType { get; init; }

    [Description("1-200 chars.")]
    public required string Title { get; init; }

    [Description("1-4000 chars.")]
    public required string Description { get; init; }

    [Description("Stored feedback ids (FB-...), 1-100; unknown ids are an error.")]
    public required IReadOnlyList<string> SupportingFeedbackIds { get; init; }

    [Description("Sets value, urgency and recipients.")]
    [OneOf<FeedbackPriority>]
    public required string Priority { get; init; }

    [Description("Existing client ids, 1-500.")]
    public required IReadOnlyList<string> AffectedCustomers { get; init; }

    [Description("1-4000 chars.")]
    public required string CustomerImpact { get; init; }

    [Description("1-4000 chars.")]
    public required string BusinessImpact { get; init; }

    [Description("1-4000 chars.")]
    public required string RecommendedAction { get; init; }

    [Description("E-mails; default product-team@company.com. Priority and type add more.")]
    public IReadOnlyList<string>? TargetRecipients { get; init; }

    [Description("Accepted for compatibility; not stored or sent.")]
    public IReadOnlyList<JsonElement>? Attachments { get; init; }

    [Description("YYYY-MM-DD, not in the past.")]
    public DateOnly? DueDate { get; init; }

    [Description("1-100 chars; a repeated key returns the first result, sending nothing.")]
    public string? IdempotencyKey { get; init; }
}

public sealed class ShareProductInsightsHandler(IAppDbContext db, TimeProvider time, IEmailSender email) : ICommandHandler<ShareProductInsights, ShareProductInsightsResult>
{
    public const string DefaultRecipient = "product-team@company.com";

    public async ValueTask<ShareProductInsightsResult> Handle(ShareProductInsights command, CancellationToken cancellationToken)
    {
        var key = command.IdempotencyKey?.Trim();
        if (key is not null && await db.ProductInsights.AsNoTracking().SingleOrDefaultAsync(i => i.IdempotencyKey == key, cancellationToken) is { } earlier)
        {
            var earlierItems = await db.FeedbackItems.AsNoTracking().Where(f => earlier.FeedbackIds.Contains(f.FeedbackId)).ToListAsync(cancellationToken);
            return Result(earlier, Order(earlierItems, earlier.FeedbackIds), replayed: true);
        }

        var ids = command.SupportingFeedbackIds.Select(i => i.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var items = await db.FeedbackItems.AsNoTracking().Where(f => ids.Contains(f.FeedbackId)).ToListAsync(cancellationToken);
        var unknown = ids.Except(items.Select(f => f.FeedbackId), StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            throw new ValidationException("supporting_feedback_ids",
                $"'supporting_feedback_ids' has ids with no stored feedback: {string.Join(", ", unknown)}. Store them with collect_feedback first, or leave them out.");
        var clients = command.AffectedCustomers.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var known = await db.Clients.AsNoTracking().Where(c => clients.Contains(c.ClientId)).Select(c => c.ClientId).ToListAsync(cancellationToken);
        var missing = clients.Except(known, StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new ValidationException("affected_customers", $"'affected_customers' has unknown client ids: {string.Join(", ", missing)}. Check them with list_clients.");

        var now = time.GetUtcNow();
        var type = EnumCodes<ProductInsightType>.Parse(command.InsightType);
        var priority = EnumCodes<FeedbackPriority>.Parse(command.Priority);
        var average = Rounding.Ratio(items.Average(f => f.SentimentScore));
        var score = InsightValue.Score(clients.Count, priority, items.Count, average);
        var insight = new ProductInsight
        {
            InsightId = await FeedbackKeys.MintAsync("PI", now, id => db.ProductInsights.AnyAsync(i => i.InsightId == id, cancellationToken)),
            InsightType = type,
            Title = command.Title.Trim(),
            Description = command.Description.Trim(),
            Priority = priority,
            FeedbackIds = ids,
            AffectedClientIds = clients,
            CustomerImpact = command.CustomerImpact.Trim(),
            BusinessImpact = command.BusinessImpact.Trim(),
            RecommendedAction = command.RecommendedAction.Trim(),
            Recipients = Recipients(command.TargetRecipients, priority, type),
            DueDate = command.DueDate,
            BusinessValueScore = score,
            Urgency = InsightValue.Urgency(priority, score),
            ExecutiveEscalation = InsightValue.ExecutiveEscalation(priority, clients.Count, score),
            DeliveryStatus = EmailDelivery.NotConfigured,
            IdempotencyKey = key,
            CreatedAt = now.UtcDateTime,
        };
        var ordered = Order(items, ids);
        insight.DeliveryStatus = await SendAsync(insight, ordered, cancellationToken);
        db.ProductInsights.Add(insight);
        foreach (var client in clients)
            db.ClientEvents.Add(ClientTimeline.ProductInsightShared(insight, client));
        await db.SaveChangesAsync(cancellationToken);
        return Result(insight, ordered, replayed: false);
    }

    private Task<string> SendAsync(ProductInsight insight, List<FeedbackItem> items, CancellationToken cancellationToken) =>
        email.TrySendAsync(new EmailMessage
        {
            To = [.. insight.Recipients.Select(r => new EmailRecipient(r))],
            Subject = $"[{Code(insight.Urgency)}] Product insight {insight.InsightId}: {insight.Title}",
            TextBody = Message(insight, items),
            Categories = ["product_insight"],
        }, cancellationToken);

    private static List<string> Recipients(IReadOnlyList<string>? given, FeedbackPriority priority, ProductInsightType type)
    {
        var list = given is { Count: > 0 } ? given.Select(r => r.Trim().ToLowerInvariant()).ToList() : [DefaultRecipient];
        if (priority == FeedbackPriority.Critical)
            list.AddRange(["cto@company.com", "ceo@company.com"]);
        if (priority == FeedbackPriority.High)
            list.Add("product-director@company.com");
        if (type == ProductInsightType.BugReport)
            list.Add("engineering-team@company.com");
        return [.. list.Distinct(StringComparer.Ordinal)];
    }

    private static List<FeedbackItem> Order(List<FeedbackItem> items, List<string> ids) =>
        [.. items.OrderBy(f => ids.IndexOf(f.FeedbackId))];

    private static string Effort(ProductInsight i) => i.InsightType switch
    {
        ProductInsightType.BugReport => i.Priority is FeedbackPriority.Critical or FeedbackPriority.High ? "Small to Medium" : "Small",
        ProductInsightType.FeatureRequest => "Medium to Large",
        _ => "Medium",
    };

    private static string Message(ProductInsight i, List<FeedbackItem> items)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{i.Title} ({Code(i.InsightType)}, priority {Code(i.Priority)}, business value {i.BusinessValueScore:0.0}/10)");
        text.AppendLine(i.Description);
        text.AppendLine(CultureInfo.InvariantCulture, $"Customer impact: {i.CustomerImpact}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Business impact: {i.BusinessImpact}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Recommended action: {i.RecommendedAction}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Affected customers: {i.AffectedClientIds.Count}; supporting feedback: {string.Join(", ", i.FeedbackIds)}");
        foreach (var quote in items.Take(3))
            text.AppendLine(CultureInfo.InvariantCulture, $"\"{quote.Content}\" - {quote.SubmitterName}");
        return text.ToString();
    }

    private static ShareProductInsightsResult Result(ProductInsight i, List<FeedbackItem> items, bool replayed)
    {
        var average = items.Count == 0 ? 0m : Rounding.Ratio(items.Average(f => f.SentimentScore));
        var positive = items.Count == 0 ? 0m : Rounding.Ratio((decimal)items.Count(f => f.SentimentScore > 0.2m) / items.Count);
        var negative = items.Count == 0 ? 0m : Rounding.Ratio((decimal)items.Count(f => f.SentimentScore < -0.2m) / items.Count);
        var overall = average > 0.2m ? "positive" : average < -0.2m ? "negative" : "neutral";
        var created = DateOnly.FromDateTime(i.CreatedAt);
        var nextSteps = new List<string>();
        if (i.ExecutiveEscalation)
            nextSteps.Add("Executive escalation: brief leadership on this insight.");
        nextSteps.Add(i.DeliveryStatus == EmailDelivery.Sent ? "Wait for the product team's acknowledgement." : "Share the delivery_message with the product team by hand: it was not e-mailed.");
        nextSteps.Add($"Review progress by {(i.DueDate ?? created.AddDays(14)):yyyy-MM-dd}.");
        return new ShareProductInsightsResult(
            i.InsightId, replayed, i.InsightType, i.Title, i.Priority, i.FeedbackIds, i.AffectedClientIds, i.DueDate,
            new InsightDelivery(i.Recipients, "email", i.DeliveryStatus, i.DeliveryStatus == EmailDelivery.Sent ? i.CreatedAt : null, i.ExecutiveEscalation),
            new InsightImpact(i.AffectedClientIds.Count, i.FeedbackIds.Count, i.BusinessValueScore, overall, average, positive, negative, i.Urgency, Effort(i)),
            [.. items.Take(3).Select(f => new CustomerQuote(f.FeedbackId, f.ClientId, f.SubmitterName, f.Content, f.Sentiment))],
            Message(i, items),
            nextSteps,
            new InsightTracking(created.AddDays(2), i.DueDate ?? created.AddDays(14)),
            InsightValue.Rule);
    }

}
