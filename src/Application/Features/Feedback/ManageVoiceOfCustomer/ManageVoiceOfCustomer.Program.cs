using System.Globalization;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public sealed partial class ManageVoiceOfCustomerHandler
{
    public const string EffectivenessRule = "collection = scoped clients with feedback in the period / scoped clients; loop closure = closed / feedback; "
        + "follow-up on time = closed by the due date / due (closed, or open past due); insight conversion = feedback cited by an insight / feedback; "
        + "shipped rate = shipped / insights with a roadmap status.";

    public const string SummaryRule = "Each headline is the period's figure against the previous period of equal length (loop figures as they stood at "
        + "that period's end); direction up/down/flat, unknown when either side is missing. Not stored.";

    private static readonly Dictionary<VocAudience, string[]> HeadlinesByAudience = new()
    {
        [VocAudience.Executive] = ["feedback_items", "sentiment_score", "nps", "csat", "loop_closure_rate", "insights_created", "roadmap_shipped"],
        [VocAudience.Product] = ["feedback_items", "sentiment_score", "insights_created", "roadmap_shipped"],
        [VocAudience.CsTeam] = ["feedback_items", "sentiment_score", "nps", "csat", "loop_closure_rate", "follow_ups_overdue"],
        [VocAudience.All] = ["feedback_items", "sentiment_score", "nps", "csat", "loop_closure_rate", "follow_ups_overdue", "insights_created", "roadmap_shipped"],
    };

    private async Task<ManageVoiceOfCustomerResult> MeasureAsync(VocContext c, CancellationToken cancellationToken)
    {
        var rows = await FeedbackAsync(c, c.Period.From, c.Period.Until, cancellationToken);
        var scopedClients = c.ClientId is not null ? 1 : await db.Clients.AsNoTracking().InScope(c.Request, c.Today).CountAsync(cancellationToken);
        var withFeedback = rows.Select(r => r.ClientId).Distinct(StringComparer.Ordinal).Count();
        var answers = await c.Scope.Surveys(db.SurveyResponses.AsNoTracking())
            .Where(r => r.RespondedAt >= c.Period.From && r.RespondedAt < c.Period.Until)
            .Select(r => new { r.SentAt, r.RespondedAt }).ToListAsync(cancellationToken);
        var latencies = answers.Where(a => a.SentAt is not null).Select(a => (decimal)(a.RespondedAt - a.SentAt!.Value).TotalHours).ToList();
        var loop = LoopSummary(rows, c.Now);
        var due = rows.Where(r => r.FollowUpDue is { } d && (r.Status == FeedbackStatus.Closed || d < c.Today)).ToList();
        var onTime = due.Count(r => r.Status == FeedbackStatus.Closed && r.ClosedAt is { } at && DateOnly.FromDateTime(at) <= r.FollowUpDue);
        var cited = (await db.ProductInsights.AsNoTracking().Select(i => i.FeedbackIds).ToListAsync(cancellationToken))
            .SelectMany(ids => ids).ToHashSet(StringComparer.Ordinal);
        var inInsights = rows.Count(r => cited.Contains(r.FeedbackId));
        var insights = await InsightsAsync(c, null, c.Period.Until, cancellationToken);
        var byStatus = ByRoadmapStatus(insights);
        var withStatus = insights.Count - byStatus[NotOnRoadmap];
        var effectiveness = new ProgramEffectiveness(scopedClients, withFeedback, Stats.Ratio(withFeedback, scopedClients), answers.Count, null,
            latencies.Count == 0 ? null : Rounding.Average(latencies.Average()), loop.ClosureRate, due.Count, onTime, Stats.Ratio(onTime, due.Count), inInsights,
            Stats.Ratio(inInsights, rows.Count),
            new RoadmapOutcomes(insights.Count, byStatus[NotOnRoadmap], byStatus[Code(RoadmapStatus.UnderReview)], byStatus[Code(RoadmapStatus.Planned)],
                byStatus[Code(RoadmapStatus.InProgress)], byStatus[Code(RoadmapStatus.Shipped)], byStatus[Code(RoadmapStatus.Declined)],
                Stats.Ratio(byStatus[Code(RoadmapStatus.Shipped)], withStatus)));
        var notes = new List<string>
        {
            "survey_response_rate is missing: only answered surveys are stored, so nothing counts the sends that got no answer.",
        };
        if (rows.Count == 0)
            notes.Add($"No feedback submitted {c.PeriodText} in scope: the loop, follow-up and conversion rates are missing, not zero.");
        if (due.Count == 0 && rows.Count > 0)
            notes.Add("No follow-up of the period's feedback is due yet: the on-time rate is missing.");
        if (withStatus == 0)
            notes.Add("No scoped insight has a roadmap status: the shipped rate is missing.");
        var message = string.Create(CultureInfo.InvariantCulture,
            $"Collection {Show(effectiveness.CollectionRate)}, loop closure {Show(loop.ClosureRate)}, follow-up on time {Show(effectiveness.FollowUpOnTimeRate)}, insight conversion {Show(effectiveness.InsightConversionRate)}.");
        return Result(c, VocAction.MeasureProgramEffectiveness, message,
            $"Clients in scope, their feedback submitted {c.PeriodText}, survey answers given in the period, every product insight's cited feedback, "
            + "and the roadmap status of the scoped insights created up to the period's end.",
            [EffectivenessRule, LoopRule], notes, effectiveness: effectiveness);
    }

    private async Task<ManageVoiceOfCustomerResult> SummarizeAsync(VocContext c, CancellationToken cancellationToken)
    {
        var audience = EnumCodes<VocAudience>.Parse(c.Request.TargetAudience);
        var previous = c.Period.Previous;
        var rows = await FeedbackAsync(c, previous.From, c.Period.Until, cancellationToken);
        var insights = await InsightsAsync(c, null, c.Period.Until, cancellationToken);
        var now = await FiguresAsync(c, c.Period, [.. rows.Where(r => r.SubmittedAt >= c.Period.From)], insights, c.Now, cancellationToken);
        var before = await FiguresAsync(c, previous, [.. rows.Where(r => r.SubmittedAt < c.Period.From)], insights, previous.Until, cancellationToken);
        var headlines = HeadlinesByAudience[audience].Select(m => Headline(m, now[m], before[m])).ToList();
        var highlights = headlines.Select(h => string.Create(CultureInfo.InvariantCulture,
            $"{h.Metric}: {Show(h.Current)} (previous {Show(h.Previous)}{(h.Change is { } d ? $", {(d >= 0 ? "+" : string.Empty)}{d}" : string.Empty)})")).ToList();
        var notes = headlines.Where(h => h.Direction == "unknown").Select(h => $"{h.Metric} is missing in {(h.Current is null ? "this" : "the previous")} period: no change reported.").ToList();
        return Result(c, VocAction.GenerateExecutiveSummary, $"Executive summary for {Code(audience)} over {c.PeriodText} vs {Iso(previous.Start)}..{Iso(previous.End)}.",
            $"Feedback, NPS/CSAT answers and product insights of {c.ScopeText} in {c.PeriodText} and {Iso(previous.Start)}..{Iso(previous.End)}.",
            [SummaryRule, SentimentAggregate.Rule, LoopRule], notes,
            summary: new ExecutiveSummary(audience, new VocPeriod(previous.Start, previous.End, previous.Days), headlines, highlights));
    }

    private async Task<Dictionary<string, decimal?>> FiguresAsync(VocContext c, FeedbackPeriod period, List<FeedbackRow> rows, List<ProductInsight> insights,
        DateTime asOf, CancellationToken cancellationToken)
    {
        var (nps, csat) = await c.Scope.NpsAndCsatAsync(db.SurveyResponses, period.From, period.Until, cancellationToken);
        var loop = LoopSummary(rows, asOf);
        return new Dictionary<string, decimal?>(StringComparer.Ordinal)
        {
            ["feedback_items"] = rows.Count,
            ["sentiment_score"] = SentimentAggregate.Overall([.. rows.Select(r => r.Sentiment)]),
            ["nps"] = nps?.Score,
            ["csat"] = csat?.Average,
            ["loop_closure_rate"] = loop.ClosureRate,
            ["follow_ups_overdue"] = loop.FollowUpsOverdue,
            ["insights_created"] = insights.Count(i => i.CreatedAt >= period.From && i.CreatedAt < period.Until),
            ["roadmap_shipped"] = insights.Count(i => i.RoadmapStatus == RoadmapStatus.Shipped && i.RoadmapUpdatedAt >= period.From && i.RoadmapUpdatedAt < period.Until),
        };
    }

    private static Headline Headline(string metric, decimal? current, decimal? previous)
    {
        var change = current is { } a && previous is { } b ? a - b : (decimal?)null;
        var direction = change switch { null => "unknown", > 0 => "up", < 0 => "down", _ => "flat" };
        return new Headline(metric, current, previous, change, direction);
    }

    private static string Show(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "missing";
}
