using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public sealed partial class ManageVoiceOfCustomerHandler
{
    public const int QuotesPerSide = 2;
    public const int QuoteLength = 240;
    public const int TopInsights = 5;

    public const string QuoteRule = "Customer quotes: the period's two most positive and two most negative stored feedback items by sentiment score, most recent first on ties.";

    private static readonly JsonSerializerOptions StoreOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private async Task<ManageVoiceOfCustomerResult> CreateReportAsync(VocContext c, CancellationToken cancellationToken)
    {
        var key = c.Request.IdempotencyKey?.Trim();
        if (key is not null && await db.VocReports.AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == key, cancellationToken) is { } earlier)
        {
            var stored = JsonSerializer.Deserialize<StoredReport>(earlier.SectionsJson, StoreOptions)!;
            var replayContext = c with { Period = new FeedbackPeriod(earlier.PeriodStart, earlier.PeriodEnd), ClientId = earlier.ClientId };
            return new ManageVoiceOfCustomerResult(VocAction.CreateVocReport, $"Report {earlier.ReportId} was already created with this idempotency_key; nothing was sent again.",
                earlier.ClientId, stored.FiltersApplied, replayContext.PeriodView, View(earlier, stored.Sections, replayed: true), null, null, null, null, null,
                stored.ComputedFrom, ReportRules, stored.Notes);
        }

        var (sections, notes) = await SectionsAsync(c, cancellationToken);
        var audience = EnumCodes<VocAudience>.Parse(c.Request.TargetAudience);
        var stamp = c.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var report = new VocReport
        {
            ReportId = await FeedbackKeys.UniqueAsync($"VOC-{stamp}", id => db.VocReports.AnyAsync(r => r.ReportId == id, cancellationToken)),
            ReportType = c.ReportType,
            TargetAudience = audience,
            ClientId = c.ClientId,
            PeriodStart = c.Period.Start,
            PeriodEnd = c.Period.End,
            Recipients = [.. VocRules.Recipients(audience)],
            SectionsJson = string.Empty,
            DeliveryStatus = EmailDelivery.NotConfigured,
            IdempotencyKey = key,
            CreatedAt = c.Now,
        };
        var computedFrom = $"Feedback submitted {c.PeriodText} (and the previous {c.Period.Days} days for the trend), NPS/CSAT answers and product insights "
            + $"created in the period, for {c.ScopeText}.";
        report.SectionsJson = JsonSerializer.Serialize(new StoredReport(AppliedScope.Of(c.Request, c.ClientId), sections, computedFrom, notes), StoreOptions);
        report.DeliveryStatus = await email.TrySendAsync(new EmailMessage
        {
            To = [.. report.Recipients.Select(r => new EmailRecipient(r))],
            Subject = $"Voice of customer {Code(report.ReportType)} report {report.ReportId} ({c.PeriodText})",
            TextBody = Message(report, c, sections),
            Categories = ["voc_report"],
        }, cancellationToken);
        db.VocReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        var message = report.DeliveryStatus == EmailDelivery.Sent
            ? $"Report {report.ReportId} stored and e-mailed to {string.Join(", ", report.Recipients)}."
            : $"Report {report.ReportId} stored; {report.DeliveryStatus}. Share it by hand or configure e-mail (SENDGRID_API_KEY).";
        return Result(c, VocAction.CreateVocReport, message, computedFrom, ReportRules, notes, report: View(report, sections, replayed: false));
    }

    private static readonly string[] ReportRules = [VocRules.PeriodRule, VocRules.RecipientRule, SentimentAggregate.Rule, SentimentAggregate.TrendRule, QuoteRule];

    private async Task<(VocSections Sections, List<string> Notes)> SectionsAsync(VocContext c, CancellationToken cancellationToken)
    {
        var request = c.Request;
        var notes = new List<string>();
        var previous = c.Period.Previous;
        var rows = request.IncludeSentiment || request.IncludeCustomerQuotes
            ? await FeedbackAsync(c, request.IncludeSentiment ? previous.From : c.Period.From, c.Period.Until, cancellationToken)
            : [];
        var current = rows.Where(r => r.SubmittedAt >= c.Period.From).ToList();
        VocSentiment? sentiment = null;
        if (request.IncludeSentiment)
        {
            sentiment = Sentiment(current, [.. rows.Where(r => r.SubmittedAt < c.Period.From)]);
            if (sentiment.OverallScore is null)
                notes.Add($"No feedback submitted {c.PeriodText} in scope: sentiment is missing, not zero.");
        }

        VocSurveys? surveys = null;
        if (request.IncludeNps)
        {
            var (nps, csat) = await c.Scope.NpsAndCsatAsync(db.SurveyResponses, c.Period.From, c.Period.Until, cancellationToken);
            surveys = new VocSurveys(nps, csat);
            if (nps is null)
                notes.Add("No NPS answers in the period: nps is missing.");
            if (csat is null)
                notes.Add("No CSAT answers in the period: csat is missing.");
        }

        VocInsights? insights = null;
        if (request.IncludeProductInsights)
        {
            var created = await InsightsAsync(c, c.Period.From, c.Period.Until, cancellationToken);
            insights = new VocInsights(created.Count,
                created.GroupBy(i => i.InsightType).OrderBy(g => g.Key).ToDictionary(g => Code(g.Key), g => g.Count(), StringComparer.Ordinal),
                ByRoadmapStatus(created),
                [.. created.OrderByDescending(i => i.BusinessValueScore).ThenByDescending(i => i.CreatedAt).ThenBy(i => i.InsightId, StringComparer.Ordinal)
                    .Take(TopInsights).Select(Line)]);
        }

        List<VocQuote>? quotes = null;
        if (request.IncludeCustomerQuotes)
        {
            quotes = await QuotesAsync(current, cancellationToken);
            if (quotes.Count == 0)
                notes.Add("No positive or negative feedback in the period: no customer quotes.");
        }

        return (new VocSections(sentiment, surveys, insights, quotes), notes);
    }

    private static VocSentiment Sentiment(List<FeedbackRow> current, List<FeedbackRow> previous)
    {
        var figures = SentimentFigures.Of([.. current.Select(r => r.Sentiment)], [.. previous.Select(r => r.Sentiment)]);
        int Count(SentimentLabel label) => current.Count(r => r.Sentiment == label);
        return new VocSentiment(current.Count, figures.Score, figures.Label, Count(SentimentLabel.VeryPositive), Count(SentimentLabel.Positive),
            Count(SentimentLabel.Neutral), Count(SentimentLabel.Negative), Count(SentimentLabel.VeryNegative), figures.PreviousScore, figures.PercentChange,
            figures.Trend, figures.Health?.Status, figures.Health?.Score);
    }

    private async Task<List<VocQuote>> QuotesAsync(List<FeedbackRow> current, CancellationToken cancellationToken)
    {
        var positive = current.Where(r => r.SentimentScore > 0).OrderByDescending(r => r.SentimentScore).ThenByDescending(r => r.SubmittedAt)
            .ThenBy(r => r.FeedbackId, StringComparer.Ordinal).Take(QuotesPerSide);
        var negative = current.Where(r => r.SentimentScore < 0).OrderBy(r => r.SentimentScore).ThenByDescending(r => r.SubmittedAt)
            .ThenBy(r => r.FeedbackId, StringComparer.Ordinal).Take(QuotesPerSide);
        var chosen = positive.Concat(negative).ToList();
        var ids = chosen.Select(r => r.FeedbackId).ToList();
        var contents = await db.FeedbackItems.AsNoTracking().Where(f => ids.Contains(f.FeedbackId))
            .Select(f => new { f.FeedbackId, f.Content }).ToDictionaryAsync(f => f.FeedbackId, f => f.Content, StringComparer.Ordinal, cancellationToken);
        return [.. chosen.Select(r => new VocQuote(r.FeedbackId, r.ClientId, r.Title, Excerpt(contents[r.FeedbackId]), r.Sentiment, r.SubmittedAt))];
    }

    private static string Excerpt(string content) => content.Length <= QuoteLength ? content : string.Concat(content.AsSpan(0, QuoteLength - 3), "...");

    private static VocReportView View(VocReport report, VocSections sections, bool replayed) =>
        new(report.ReportId, replayed, report.ReportType, report.TargetAudience, sections, new VocDelivery("text", "email", report.Recipients, report.DeliveryStatus),
            report.CreatedAt);

    private static string Message(VocReport report, VocContext c, VocSections s)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Voice of customer {Code(report.ReportType)} report {report.ReportId} for {c.ScopeText}, {c.PeriodText}.");
        if (s.Sentiment is { } m)
        {
            text.AppendLine(m.OverallScore is { } score
                ? string.Create(CultureInfo.InvariantCulture, $"Sentiment: {score} ({Code(m.OverallSentiment!.Value)}) over {m.TotalFeedbackItems} items, trend {Code(m.Trend)}.")
                : "Sentiment: no feedback in the period.");
        }

        if (s.Nps is { } n)
            text.AppendLine(CultureInfo.InvariantCulture, $"NPS: {(n.Nps is { } nps ? $"{nps.Score} ({nps.Responses} answers)" : "no answers")}; CSAT: {(n.Csat is { } csat ? $"{csat.Average} ({csat.Responses} answers)" : "no answers")}.");
        if (s.ProductInsights is { } p)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Product insights created: {p.Created}.");
            foreach (var line in p.Top)
                text.AppendLine(CultureInfo.InvariantCulture, $"- {line.InsightId} {line.Title} (value {line.BusinessValueScore}/10, {(line.RoadmapStatus is { } st ? Code(st) : NotOnRoadmap)})");
        }

        foreach (var quote in s.CustomerQuotes ?? [])
            text.AppendLine(CultureInfo.InvariantCulture, $"\"{quote.Excerpt}\" ({quote.ClientId}, {Code(quote.Sentiment)}, {quote.FeedbackId})");
        return text.ToString();
    }

    /// <summary>What a stored report keeps beside its own columns, so a repeated key returns the first result.</summary>
    private sealed record StoredReport(AppliedScope FiltersApplied, VocSections Sections, string ComputedFrom, List<string> Notes);
}
