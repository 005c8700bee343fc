using System.Globalization;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Options;
using Refit;

namespace CsMcp.Infrastructure.Integrations.SendGrid;

/// <summary>
/// The e-mail port over SendGrid v3 /mail/send and /stats. Mail send is not idempotent, so it is retried only on 429
/// (not processed); a 5xx or timeout is reported, never silently re-sent.
/// </summary>
internal sealed class SendGridEmailSender(ISendGridApi api, IOptions<SendGridOptions> options, TimeProvider time) : IEmailSender
{
    public const int MaxCategories = 10;
    public const int MaxRecipients = 1000;

    public Task<EmailSendReceipt> SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = RequireConfigured();
        if (string.IsNullOrWhiteSpace(message.TextBody) && string.IsNullOrWhiteSpace(message.HtmlBody))
            throw new ValidationException("body", "give a text body, an HTML body or both");
        var content = new List<SendGridContent>();
        if (!string.IsNullOrWhiteSpace(message.TextBody))
            content.Add(new SendGridContent("text/plain", message.TextBody));
        if (!string.IsNullOrWhiteSpace(message.HtmlBody))
            content.Add(new SendGridContent("text/html", message.HtmlBody));
        var mail = new SendGridMail(
            [Personalization(message.To, message.Cc, message.Bcc, null)],
            From(message.From, settings),
            Address(message.ReplyTo),
            message.Subject,
            content,
            null,
            Categories(message.Categories),
            CustomArgs(message.CustomArgs));
        return SendMailAsync(mail, message.To.Count + message.Cc.Count + message.Bcc.Count, "send an e-mail", cancellationToken);
    }

    public Task<EmailSendReceipt> SendTemplateAsync(TemplateEmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = RequireConfigured();
        if (string.IsNullOrWhiteSpace(message.TemplateId))
            throw new ValidationException("template_id", "give the id of a dynamic template (d-...)");
        var mail = new SendGridMail(
            [Personalization(message.To, message.Cc, message.Bcc, JsonProperties.ToObjectOrNull(message.TemplateData))],
            From(message.From, settings),
            Address(message.ReplyTo),
            null,
            null,
            message.TemplateId,
            Categories(message.Categories),
            CustomArgs(message.CustomArgs));
        return SendMailAsync(mail, message.To.Count + message.Cc.Count + message.Bcc.Count, "send a template e-mail", cancellationToken);
    }

    public Task<IReadOnlyList<EmailStatsPeriod>> GetStatsAsync(DateOnly startDate, DateOnly? endDate, EmailStatsGrouping grouping, CancellationToken cancellationToken = default)
    {
        RequireConfigured();
        var end = endDate ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (end < startDate)
            throw new ValidationException("end_date", "must not be before start_date");
        return IntegrationCall.RunAsync<IReadOnlyList<EmailStatsPeriod>>(IntegrationNames.SendGrid, "read e-mail statistics", time, async () =>
        {
            var days = await api.GetStats(Date(startDate), Date(end), grouping.ToString().ToLowerInvariant(), cancellationToken);
            return [.. days.OrderBy(d => d.Date).Select(d => new EmailStatsPeriod(d.Date, Sum(d.Stats ?? [])))];
        }, cancellationToken);
    }

    private Task<EmailSendReceipt> SendMailAsync(SendGridMail mail, int recipients, string operation, CancellationToken cancellationToken) =>
        IntegrationCall.RunAsync(IntegrationNames.SendGrid, operation, time, async () =>
        {
            using var response = await api.SendMail(mail, cancellationToken);
            await response.EnsureSuccessfulAsync();
            var messageId = response.Headers is { } headers && headers.TryGetValues("X-Message-Id", out var values) ? values.FirstOrDefault() : null;
            return new EmailSendReceipt(messageId, recipients, time.GetUtcNow().UtcDateTime);
        }, cancellationToken);

    private static SendGridPersonalization Personalization(IReadOnlyList<EmailRecipient> to, IReadOnlyList<EmailRecipient> cc,
        IReadOnlyList<EmailRecipient> bcc, System.Text.Json.Nodes.JsonObject? templateData)
    {
        if (to.Count == 0)
            throw new ValidationException("to", "give at least one recipient");
        if (to.Count + cc.Count + bcc.Count > MaxRecipients)
            throw new ValidationException("to", $"at most {MaxRecipients} recipients (to, cc and bcc together) per message");
        foreach (var recipient in to.Concat(cc).Concat(bcc))
        {
            if (!EmailAddress.IsValid(recipient.Email))
                throw new ValidationException("to", $"'{recipient.Email}' is not a valid e-mail address");
        }

        return new SendGridPersonalization(
            [.. to.Select(r => new SendGridAddress(r.Email, r.Name))],
            cc.Count > 0 ? [.. cc.Select(r => new SendGridAddress(r.Email, r.Name))] : null,
            bcc.Count > 0 ? [.. bcc.Select(r => new SendGridAddress(r.Email, r.Name))] : null,
            templateData);
    }

    private static SendGridAddress From(EmailRecipient? from, SendGridOptions settings) =>
        from is null ? new SendGridAddress(settings.FromEmail!, settings.FromName) : new SendGridAddress(from.Email, from.Name);

    private static SendGridAddress? Address(EmailRecipient? recipient) =>
        recipient is null ? null : new SendGridAddress(recipient.Email, recipient.Name);

    private static List<string>? Categories(IReadOnlyList<string> categories)
    {
        if (categories.Count > MaxCategories)
            throw new ValidationException("categories", $"at most {MaxCategories} categories per message (SendGrid limit); got {categories.Count}");
        return categories.Count > 0 ? [.. categories] : null;
    }

    private static Dictionary<string, string>? CustomArgs(IReadOnlyDictionary<string, string> customArgs) =>
        customArgs.Count > 0 ? customArgs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) : null;

    private static EmailMetrics Sum(List<SendGridStat> stats)
    {
        long Total(Func<SendGridMetrics, long?> field) => stats.Sum(s => s.Metrics is { } m ? field(m) ?? 0 : 0);
        return new EmailMetrics(
            Total(m => m.Requests), Total(m => m.Processed), Total(m => m.Delivered), Total(m => m.Deferred),
            Total(m => m.Bounces), Total(m => m.BounceDrops), Total(m => m.Blocks), Total(m => m.SpamReports),
            Total(m => m.SpamReportDrops), Total(m => m.InvalidEmails), Total(m => m.Opens), Total(m => m.UniqueOpens),
            Total(m => m.Clicks), Total(m => m.UniqueClicks), Total(m => m.Unsubscribes), Total(m => m.UnsubscribeDrops));
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private SendGridOptions RequireConfigured()
    {
        var settings = options.Value;
        if (!settings.CanSend)
            throw new IntegrationNotConfiguredException(IntegrationNames.SendGrid, "e-mail", SendGridOptions.SendingVariables);
        return settings;
    }
}
