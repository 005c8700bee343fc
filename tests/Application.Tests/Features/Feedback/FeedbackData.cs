using CsMcp.Domain.Feedback;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence;

namespace CsMcp.Application.Tests.Features.Feedback;

/// <summary>Fixed feedback and surveys for two registered clients, around the test clock (2026-06-15 12:00 UTC).</summary>
internal static class FeedbackData
{
    private static int _sequence;

    public static DateTime At(int month, int day) => new(2026, month, day, 10, 0, 0, DateTimeKind.Utc);

    public static FeedbackItem Item(string clientId, SentimentLabel sentiment, DateTime at, string[]? themes = null, FeedbackType type = FeedbackType.ProductFeedback,
        bool closed = false, string? id = null) => new()
    {
        FeedbackId = id ?? $"FB-T{Interlocked.Increment(ref _sequence):D5}",
        ClientId = clientId,
        FeedbackType = type,
        Source = "survey",
        SubmitterName = "Pat Lee",
        SubmitterEmail = "pat.lee@acme.example",
        Title = "Feedback",
        Content = "Content",
        Category = "product",
        Sentiment = sentiment,
        SentimentScore = FeedbackRules.ScoreOf(sentiment),
        Themes = [.. themes ?? []],
        Emotion = "neutral",
        Owner = "cs-team@company.com",
        Status = closed ? FeedbackStatus.Closed : FeedbackStatus.Open,
        ClosedLoop = closed,
        ClosedAt = closed ? at.AddDays(2) : null,
        SubmittedAt = at,
    };

    public static SurveyResponse Survey(string clientId, SurveyType type, int score, DateTime at) => new()
    {
        ResponseId = $"R-{Interlocked.Increment(ref _sequence):D5}",
        ClientId = clientId,
        SurveyType = type,
        SurveyId = "test",
        Score = score,
        NpsCategory = type == SurveyType.Nps ? SurveyScales.NpsCategoryOf(score) : null,
        RespondedAt = at,
    };

    /// <summary>
    /// A, current period (2026-05-16..06-15): very_positive [customer_support], very_positive, negative [performance], neutral -> 0.375;
    /// previous (04-15..05-15): positive [customer_support], neutral -> 0.25. NPS 10, 9, 3 -> 33; CSAT 4, 5 -> 4.5.
    /// B, current: very_negative [performance]. Portfolio current -> 0.1, previous 0.25.
    /// </summary>
    public static async Task SeedAsync(CsMcpDbContext db, string a, string b)
    {
        db.FeedbackItems.AddRange(
            Item(a, SentimentLabel.VeryPositive, At(6, 1), ["customer_support"]),
            Item(a, SentimentLabel.VeryPositive, At(5, 20)),
            Item(a, SentimentLabel.Negative, At(6, 10), ["performance"], FeedbackType.BugReport),
            Item(a, SentimentLabel.Neutral, At(6, 14)),
            Item(a, SentimentLabel.Positive, At(5, 1), ["customer_support"], closed: true),
            Item(a, SentimentLabel.Neutral, At(4, 20), closed: true),
            Item(b, SentimentLabel.VeryNegative, At(6, 12), ["performance"]),
            Item(b, SentimentLabel.Negative, At(3, 1)));
        db.SurveyResponses.AddRange(
            Survey(a, SurveyType.Nps, 10, At(6, 2)),
            Survey(a, SurveyType.Nps, 9, At(6, 3)),
            Survey(a, SurveyType.Nps, 3, At(6, 4)),
            Survey(a, SurveyType.Nps, 0, At(4, 4)),
            Survey(a, SurveyType.Csat, 4, At(6, 5)),
            Survey(a, SurveyType.Csat, 5, At(6, 6)));
        await db.SaveChangesAsync();
    }
}
