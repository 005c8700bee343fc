using CsMcp.Domain.Surveys;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private static readonly string[] PromoterComments = ["The team relies on it every day.", "Saves us hours each week.", "Support and success team are excellent.", "Would recommend it to any operations team."];
    private static readonly string[] PassiveComments = ["Does the job; reporting could be better.", "Good value, a few rough edges.", "Works well once it is set up."];
    private static readonly string[] DetractorComments = ["Too many issues lately.", "Adoption has stalled in our team.", "Hard to justify the cost right now.", "Performance problems keep coming back."];

    /// <summary>
    /// A rolling NPS survey: each 30-day period a sample of the client's users (more for larger accounts) is asked in the app,
    /// once the client has been live for 45 days. Scores follow vitality; support-heavy and late-paying clients score lower.
    /// </summary>
    private void BuildNps()
    {
        var penalty = _story switch
        {
            DemoStory.SupportHeavy => 2.0,
            DemoStory.LatePayer => 0.8,
            _ => 0.0,
        };
        foreach (var (first, last) in ActivePeriods())
        {
            var from = Max(first, _start.AddDays(45));
            if (from > last)
                continue;
            var activeUsers = _data.UsagePeriods.LastOrDefault(p => p.PeriodStart <= last)?.MonthlyActiveUsers ?? 0;
            for (var n = _rng.Poisson((0.8 + Math.Min(4.0, activeUsers / 80.0)) * (last.DayNumber - from.DayNumber + 1) / 30.0); n > 0; n--)
                AddNpsResponse(_rng.DayBetween(from, last), penalty);
        }
    }

    private void AddNpsResponse(DateOnly day, double penalty)
    {
        var respondedAt = _rng.BusinessTime(day);
        var score = Math.Clamp((int)Math.Round(1.5 + (9 * Vitality(day)) - penalty + _rng.Between(-1.5, 1.5)), 0, 10);
        var category = SurveyScales.NpsCategoryOf(score);
        var contact = _rng.Chance(0.3) ? AnyContact() : EndUser();
        _data.SurveyResponses.Add(new SurveyResponse
        {
            ResponseId = _ids.NextResponseId(SurveyType.Nps),
            ClientId = _clientId,
            SurveyType = SurveyType.Nps,
            SurveyId = "nps_in_app",
            Score = score,
            NpsCategory = category,
            RespondentEmail = contact.Email,
            RespondentName = contact.Name,
            Comment = _rng.Chance(0.45)
                ? _rng.Pick(category switch
                {
                    NpsCategory.Promoter => PromoterComments,
                    NpsCategory.Passive => PassiveComments,
                    _ => DetractorComments,
                })
                : null,
            SentAt = respondedAt.AddMinutes(-_rng.Between(1, 30)),
            RespondedAt = respondedAt,
        });
    }

    /// <summary>A user of the client's account who is not one of its named contacts.</summary>
    private DemoContact EndUser()
    {
        var first = _rng.Pick(DemoWordLists.FirstNames);
        var last = _rng.Pick(DemoWordLists.LastNames);
        return new DemoContact($"{first} {last}", $"{first}.{last}@{_identity.EmailDomain}".ToLowerInvariant(), "User");
    }
}
