using CsMcp.Domain.Common;

namespace CsMcp.Domain.Surveys;

/// <summary>
/// NPS, CSAT and CES over a set of responses. NPS = % promoters (9-10) - % detractors (0-6), rounded to a whole number,
/// halves away from zero (as the health score rounds it); CSAT = average 1-5 and the share of 4-5 answers; CES = average
/// 1-7 (7 = very easy) and the share of 5-7 answers. A measure without responses is null, never a default.
/// </summary>
public static class SurveyStatistics
{
    public const int CsatSatisfiedFrom = 4;
    public const int CesEasyFrom = 5;

    public static NpsFigures? Nps(IEnumerable<int> scores)
    {
        int promoters = 0, passives = 0, detractors = 0;
        foreach (var score in scores)
        {
            switch (SurveyScales.NpsCategoryOf(score))
            {
                case NpsCategory.Promoter: promoters++; break;
                case NpsCategory.Passive: passives++; break;
                default: detractors++; break;
            }
        }

        var total = promoters + passives + detractors;
        if (total == 0)
            return null;
        var nps = SurveyScales.Nps(promoters, detractors, total)!.Value;
        return new NpsFigures(nps, total, promoters, passives, detractors, Percent(promoters, total), Percent(passives, total), Percent(detractors, total));
    }

    public static ScaleFigures? Scale(IReadOnlyCollection<int> scores, int positiveFrom)
    {
        if (scores.Count == 0)
            return null;
        var average = Rounding.Amount((decimal)scores.Sum() / scores.Count);
        return new ScaleFigures(average, scores.Count, Percent(scores.Count(s => s >= positiveFrom), scores.Count));
    }

    private static decimal Percent(int part, int total) => Rounding.Percent(100m * part / total);
}

/// <param name="Score">NPS, -100..100.</param>
public sealed record NpsFigures(int Score, int Responses, int Promoters, int Passives, int Detractors,
    decimal PromoterPercent, decimal PassivePercent, decimal DetractorPercent);

/// <param name="PositivePercent">Share of answers at or above the scale's positive threshold (CSAT 4-5, CES 5-7).</param>
public sealed record ScaleFigures(decimal Average, int Responses, decimal PositivePercent);
