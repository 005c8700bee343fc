using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Surveys;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;

[Tool("analyze_feedback_sentiment", Toolsets.Feedback, Title = "Analyze feedback sentiment", ReadOnly = true, Idempotent = true)]
[Description("Sentiment of stored feedback over a period vs the previous one of equal length: themes, critical issues, health, NPS/CSAT from surveys.")]
public sealed record AnalyzeFeedbackSentiment : PortfolioScope, IQuery<AnalyzeFeedbackSentimentResult>
{
    [Description("One client; omit for the portfolio.")]
    public string? ClientId { get; init; }

    [Description("Default end - 30 days.")]
    public DateOnly? PeriodStart { get; init; }

    [Description("Not in the future. Default today.")]
    public DateOnly? PeriodEnd { get; init; }

    [Description("Default all.")]
    [OneOf<FeedbackType>]
    public IReadOnlyList<string>? FeedbackTypes { get; init; }

    [Description("Default true.")]
    public bool IncludeNps { get; init; } = true;

    [Description("Default true.")]
    public bool IncludeThemes { get; init; } = true;

    [Description("Default true.")]
    public bool CompareToPrevious { get; init; } = true;
}

public sealed class AnalyzeFeedbackSentimentHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<AnalyzeFeedbackSentiment, AnalyzeFeedbackSentimentResult>
{
    public const string CriticalIssueRule = "A negative theme is a critical issue with >= 5 mentions or an average sentiment <= -0.6; severity high when <= -0.7.";

    public async ValueTask<AnalyzeFeedbackSentimentResult> Handle(AnalyzeFeedbackSentiment query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var period = FeedbackPeriod.Of(query.PeriodStart, query.PeriodEnd, today, 30);
        var previous = period.Previous;
        var clientId = query.ClientId?.Trim();
        if (clientId is not null)
            await db.GetClientAsync(clientId, cancellationToken);

        var from = query.CompareToPrevious ? previous.From : period.From;
        var until = period.Until;
        var scope = FeedbackScope.Of(db, query, clientId, today);
        var items = scope.Feedback(db.FeedbackItems.AsNoTracking()).Where(f => f.SubmittedAt >= from && f.SubmittedAt < until);
        if (query.FeedbackTypes is { Count: > 0 } types)
        {
            var wanted = types.Select(EnumCodes<FeedbackType>.Parse).Distinct().ToList();
            items = items.Where(f => wanted.Contains(f.FeedbackType));
        }

        var rows = await items.Select(f => new Row(f.Sentiment, f.SentimentScore, f.Themes, f.SubmittedAt)).ToListAsync(cancellationToken);
        var current = rows.Where(r => r.SubmittedAt >= period.From).ToList();
        var before = rows.Where(r => r.SubmittedAt < period.From).ToList();

        var figures = SentimentFigures.Of([.. current.Select(r => r.Sentiment)], query.CompareToPrevious ? [.. before.Select(r => r.Sentiment)] : null);
        var (score, previousScore, percent, trend) = (figures.Score, figures.PreviousScore, figures.PercentChange, figures.Trend);
        var notes = new List<string>();
        if (score is null)
            notes.Add($"No feedback submitted {Iso(period.Start)}..{Iso(period.End)} in scope: sentiment, themes and health are missing, not zero.");
        if (query.CompareToPrevious && previousScore is null)
            notes.Add($"No feedback in the previous period {Iso(previous.Start)}..{Iso(previous.End)}: no comparison; trend reported as stable.");

        NpsFigures? nps = null;
        ScaleFigures? csat = null;
        if (query.IncludeNps)
        {
            (nps, csat) = await scope.NpsAndCsatAsync(db.SurveyResponses, period.From, until, cancellationToken);
            if (nps is null)
                notes.Add("No NPS responses in the period: nps_score is missing.");
            if (csat is null)
                notes.Add("No CSAT responses in the period: csat_score is missing.");
        }

        var counts = Enum.GetValues<SentimentLabel>().ToDictionary(l => l, l => current.Count(r => r.Sentiment == l));
        var breakdown = new SentimentBreakdown(counts[SentimentLabel.VeryPositive], counts[SentimentLabel.Positive], counts[SentimentLabel.Neutral],
            counts[SentimentLabel.Negative], counts[SentimentLabel.VeryNegative],
            current.Count == 0 ? null : counts.ToDictionary(p => EnumCodes<SentimentLabel>.ToCode(p.Key), p => Rounding.Ratio((decimal)p.Value / current.Count)));

        ThemeSummary? themes = null;
        var critical = new List<CriticalIssue>();
        if (query.IncludeThemes)
        {
            var stats = ThemeStats(current);
            var earlier = ThemeStats(before).Select(t => t.Theme).ToHashSet(StringComparer.Ordinal);
            themes = new ThemeSummary(
                [.. stats.Where(t => t.AverageSentiment > 0).OrderByDescending(t => t.Mentions).ThenBy(t => t.Theme, StringComparer.Ordinal)],
                [.. stats.Where(t => t.AverageSentiment < 0).OrderByDescending(t => t.Mentions).ThenBy(t => t.Theme, StringComparer.Ordinal)],
                query.CompareToPrevious ? [.. stats.Where(t => !earlier.Contains(t.Theme)).Select(t => t.Theme)] : []);
            critical.AddRange(themes.TopNegative.Where(t => t.Mentions >= 5 || t.AverageSentiment <= -0.6m)
                .Select(t => new CriticalIssue(t.Theme, t.Mentions, t.AverageSentiment, t.AverageSentiment <= -0.7m ? "high" : "medium")));
        }

        var health = figures.Health;
        var actions = new List<string>();
        if (score is { } overall && overall < 0)
            actions.Add("Reach out to the clients behind the negative feedback.");
        if (trend == SentimentTrend.Declining)
            actions.AddRange(["Find the root cause of the decline.", "Review the decline with CS leadership."]);
        if (nps is { Score: < 30 })
            actions.Add($"NPS is {nps.Score}: start a detractor recovery plan.");
        if (themes is { TopNegative.Count: > 0 } && themes.TopNegative[0] is var worst)
            actions.Add($"Address the top negative theme '{worst.Theme}' ({worst.Mentions} mentions).");
        if (themes?.TopPositive.Count > 0)
            actions.Add($"Share what clients praise ({string.Join(", ", themes.TopPositive.Take(3).Select(t => t.Theme))}) with the team.");

        var suffix = clientId is null ? string.Empty : "-" + clientId[^Math.Min(8, clientId.Length)..];
        return new AnalyzeFeedbackSentimentResult(
            $"SA-{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}{suffix}",
            clientId,
            AppliedScope.Of(query, clientId),
            new PeriodView(period.Start, period.End, period.Days),
            new SentimentSummary(current.Count, figures.Label, score, trend, nps?.Score, csat?.Average),
            breakdown,
            themes,
            query.CompareToPrevious
                ? new SentimentComparison(new PeriodView(previous.Start, previous.End, previous.Days), before.Count, previousScore, score,
                    score is { } c1 && previousScore is { } p1 ? Rounding.Ratio(c1 - p1) : null, percent, trend)
                : null,
            health is { } h ? new SentimentHealth(h.Item1, h.Item2, score!.Value, nps?.Score, trend) : null,
            nps,
            csat,
            critical,
            actions,
            $"{current.Count} stored feedback items submitted {Iso(period.Start)}..{Iso(period.End)}"
                + (clientId is null ? " across the scoped portfolio" : $" by {clientId}") + "; NPS and CSAT from survey responses in the same period.",
            [SentimentAggregate.Rule, SentimentAggregate.TrendRule, SentimentAggregate.HealthRule, CriticalIssueRule],
            notes);
    }

    private static List<ThemeStat> ThemeStats(List<Row> rows) =>
        [.. rows.SelectMany(r => r.Themes.Select(t => (Theme: t, r.Score)))
            .GroupBy(x => x.Theme, StringComparer.Ordinal)
            .Select(g => new ThemeStat(g.Key, g.Count(), Rounding.Ratio(g.Average(x => x.Score))))
            .OrderBy(t => t.Theme, StringComparer.Ordinal)];

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Row(SentimentLabel Sentiment, decimal Score, List<string> Themes, DateTime SubmittedAt);
}
