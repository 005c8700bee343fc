using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Retention;

/// <summary>Rows for the retention handler tests, dated relative to <see cref="TestClock.Now"/>.</summary>
internal static class RetentionData
{
    public static DateTime DaysAgo(double days) => TestClock.Now.UtcDateTime.AddDays(-days);

    public static void Survey(this CsMcpDbContext db, string clientId, SurveyType type, int score, double daysAgo, string? comment = null)
    {
        var number = db.ChangeTracker.Entries<SurveyResponse>().Count() + db.SurveyResponses.Count() + 1;
        db.SurveyResponses.Add(new SurveyResponse
        {
            ResponseId = $"{type.ToString().ToUpperInvariant()}-{number}",
            ClientId = clientId,
            SurveyType = type,
            SurveyId = "test",
            Score = score,
            NpsCategory = type == SurveyType.Nps ? SurveyScales.NpsCategoryOf(score) : null,
            Comment = comment,
            RespondentName = "Pat Doe",
            RespondedAt = DaysAgo(daysAgo),
        });
    }
}
