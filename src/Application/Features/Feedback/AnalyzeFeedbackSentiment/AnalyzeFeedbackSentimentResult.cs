using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Surveys;

namespace CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;

public sealed record AnalyzeFeedbackSentimentResult(
    string AnalysisId,
    string? ClientId,
    AppliedScope FiltersApplied,
    PeriodView Period,
    SentimentSummary Summary,
    SentimentBreakdown SentimentBreakdown,
    ThemeSummary? Themes,
    SentimentComparison? Comparison,
    SentimentHealth? HealthIndicators,
    NpsFigures? Nps,
    ScaleFigures? Csat,
    IReadOnlyList<CriticalIssue> CriticalIssues,
    IReadOnlyList<string> ActionItems,
    string ComputedFrom,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

public sealed record PeriodView(DateOnly Start, DateOnly End, int Days);

/// <param name="OverallScore">Weighted sentiment, -1 to 1; null when the period has no feedback.</param>
public sealed record SentimentSummary(int TotalFeedbackItems, SentimentLabel? OverallSentiment, decimal? OverallScore, SentimentTrend SentimentTrend,
    int? NpsScore, decimal? CsatScore);

/// <param name="Distribution">Share of each label, 0-1; null when there is no feedback.</param>
public sealed record SentimentBreakdown(int VeryPositiveCount, int PositiveCount, int NeutralCount, int NegativeCount, int VeryNegativeCount,
    IReadOnlyDictionary<string, decimal>? Distribution);

public sealed record ThemeStat(string Theme, int Mentions, decimal AverageSentiment);

/// <param name="EmergingThemes">Themes mentioned in this period and not in the previous one.</param>
public sealed record ThemeSummary(IReadOnlyList<ThemeStat> TopPositive, IReadOnlyList<ThemeStat> TopNegative, IReadOnlyList<string> EmergingThemes);

public sealed record SentimentComparison(PeriodView PreviousPeriod, int PreviousItems, decimal? PreviousScore, decimal? CurrentScore, decimal? Change,
    decimal? PercentChange, SentimentTrend Trend);

public sealed record SentimentHealth(string HealthStatus, int HealthScore, decimal SentimentScore, int? NpsScore, SentimentTrend Trend);

public sealed record CriticalIssue(string Theme, int Mentions, decimal AverageSentiment, string Severity);
