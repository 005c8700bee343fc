using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Feedback;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Feedback;

public sealed class AnalyzeFeedbackSentimentTests : CoreToolTestBase
{
    private Task<AnalyzeFeedbackSentimentResult> Call(AnalyzeFeedbackSentiment query) =>
        WithDb(async db => await Create<AnalyzeFeedbackSentimentHandler>(db).Handle(query, default));

    private async Task<(string A, string B)> Seed()
    {
        var a = (await Register("Acme Corp", b => b.Tier = "enterprise")).ClientId;
        var b = (await Register("Beta Inc", x => x.Tier = "starter")).ClientId;
        await WithDb(async db =>
        {
            await FeedbackData.SeedAsync(db, a, b);
            return 0;
        });
        return (a, b);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_client_against_its_previous_period(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();

        var result = await Call(new AnalyzeFeedbackSentiment { ClientId = a });

        Assert.Equal(new PeriodView(new(2026, 5, 16), new(2026, 6, 15), 31), result.Period);
        Assert.Equal(new SentimentSummary(4, SentimentLabel.Positive, 0.375m, SentimentTrend.Improving, 33, 4.5m), result.Summary);
        Assert.Equal((2, 0, 1, 1, 0), (result.SentimentBreakdown.VeryPositiveCount, result.SentimentBreakdown.PositiveCount,
            result.SentimentBreakdown.NeutralCount, result.SentimentBreakdown.NegativeCount, result.SentimentBreakdown.VeryNegativeCount));
        Assert.Equal(0.5m, result.SentimentBreakdown.Distribution!["very_positive"]);
        // One client replaces the portfolio: a filter beside client_id is ignored, and the result does not claim it.
        var filtered = await Call(new AnalyzeFeedbackSentiment { ClientId = a, Tiers = ["starter"] });
        Assert.Equal(result.Summary, filtered.Summary);
        Assert.Null(filtered.FiltersApplied.Tiers);
        var comparison = result.Comparison!;
        Assert.Equal((2, 0.25m, 0.375m, 0.125m, 50m, SentimentTrend.Improving),
            (comparison.PreviousItems, comparison.PreviousScore, comparison.CurrentScore, comparison.Change, comparison.PercentChange, comparison.Trend));
        Assert.Equal(new PeriodView(new(2026, 4, 15), new(2026, 5, 15), 31), comparison.PreviousPeriod);
        Assert.Equal(new SentimentHealth("good", 75, 0.375m, 33, SentimentTrend.Improving), result.HealthIndicators);
        Assert.Equal((3, 2, 1), (result.Nps!.Responses, result.Nps.Promoters, result.Nps.Detractors));
        Assert.Equal([new ThemeStat("customer_support", 1, 0.8m)], result.Themes!.TopPositive);
        Assert.Equal([new ThemeStat("performance", 1, -0.5m)], result.Themes.TopNegative);
        Assert.Equal(["performance"], result.Themes.EmergingThemes);
        Assert.Empty(result.CriticalIssues);
        Assert.StartsWith("SA-20260615-120000-", result.AnalysisId, StringComparison.Ordinal);
        Assert.Empty(result.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_portfolio_declines_and_a_theme_becomes_critical(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var result = await Call(new AnalyzeFeedbackSentiment());

        // (1 + 1 - 0.5 + 0 - 1) / 5 = 0.1 against 0.25: -60 % -> declining, health fair 60.
        Assert.Equal(new SentimentSummary(5, SentimentLabel.Neutral, 0.1m, SentimentTrend.Declining, 33, 4.5m), result.Summary);
        Assert.Equal(-60m, result.Comparison!.PercentChange);
        Assert.Equal(("fair", 60), (result.HealthIndicators!.HealthStatus, result.HealthIndicators.HealthScore));
        Assert.Equal([new CriticalIssue("performance", 2, -0.65m, "medium")], result.CriticalIssues);
        Assert.Contains("Find the root cause of the decline.", result.ActionItems);
        Assert.Equal("SA-20260615-120000", result.AnalysisId);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Scope_and_type_filters_narrow_the_feedback(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var starter = await Call(new AnalyzeFeedbackSentiment { Tiers = ["starter"], IncludeNps = false });
        var bugs = await Call(new AnalyzeFeedbackSentiment { FeedbackTypes = ["bug_report"], CompareToPrevious = false });

        Assert.Equal((1, -1m), (starter.Summary.TotalFeedbackItems, starter.Summary.OverallScore));
        Assert.Null(starter.Nps);
        Assert.Equal(["starter"], starter.FiltersApplied.Tiers);
        Assert.Equal((1, -0.5m), (bugs.Summary.TotalFeedbackItems, bugs.Summary.OverallScore));
        Assert.Null(bugs.Comparison);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_period_without_feedback_reports_it_missing(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var result = await Call(new AnalyzeFeedbackSentiment { PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 1, 31) });

        Assert.Equal(0, result.Summary.TotalFeedbackItems);
        Assert.Null(result.Summary.OverallScore);
        Assert.Null(result.HealthIndicators);
        Assert.Null(result.SentimentBreakdown.Distribution);
        Assert.Contains("No feedback submitted 2026-01-01..2026-01-31 in scope: sentiment, themes and health are missing, not zero.", result.Notes);
    }

    [Fact]
    public void Validator_checks_the_period_types_and_client()
    {
        var errors = ArgumentErrors.From(new AnalyzeFeedbackSentimentValidator(TestClock.Create()).Validate(new AnalyzeFeedbackSentiment
        {
            ClientId = "bad id", PeriodStart = new(2026, 6, 20), PeriodEnd = new(2026, 6, 16), FeedbackTypes = ["praise"],
        }).Errors);

        Assert.Equal("'period_end' must not be in the future (today is 2026-06-15); got 2026-06-16.", Assert.Single(errors["period_end"]));
        Assert.Equal("'period_start' must be on or before period_end (2026-06-16); got 2026-06-20.", Assert.Single(errors["period_start"]));
        Assert.Contains("'praise'", Assert.Single(errors.Single(e => e.Key.StartsWith("feedback_types", StringComparison.Ordinal)).Value), StringComparison.Ordinal);
        Assert.StartsWith("'client_id' ", Assert.Single(errors["client_id"]), StringComparison.Ordinal);
        var tooLong = ArgumentErrors.From(new AnalyzeFeedbackSentimentValidator(TestClock.Create()).Validate(new AnalyzeFeedbackSentiment { PeriodStart = new(2024, 1, 1) }).Errors);
        Assert.Equal("'period_start' must be at most 730 days before period_end; give a later start.", Assert.Single(tooLong["period_start"]));
    }
}
