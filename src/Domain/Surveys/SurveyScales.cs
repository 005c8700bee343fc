using CsMcp.Domain.Common;

namespace CsMcp.Domain.Surveys;

/// <summary>Score ranges per survey type and the NPS category rule.</summary>
public static class SurveyScales
{
    public static (int Min, int Max) RangeOf(SurveyType type) => type switch
    {
        SurveyType.Nps => (0, 10),
        SurveyType.Csat => (1, 5),
        _ => (1, 7),
    };

    public static bool IsValid(SurveyType type, int score)
    {
        var (min, max) = RangeOf(type);
        return score >= min && score <= max;
    }

    /// <summary>The lowest NPS answer of a promoter.</summary>
    public const int PromoterFrom = 9;

    /// <summary>The highest NPS answer of a detractor.</summary>
    public const int DetractorUpTo = 6;

    /// <summary>Net Promoter Score, % promoters minus % detractors (-100 to 100), unrounded; null without responses.</summary>
    public static decimal? NetPromoterScore(int promoters, int detractors, int responses) =>
        responses == 0 ? null : 100m * (promoters - detractors) / responses;

    /// <summary>The NPS the tools report: <see cref="NetPromoterScore"/> as a whole number, halves away from zero; null without responses.</summary>
    public static int? Nps(int promoters, int detractors, int responses) =>
        NetPromoterScore(promoters, detractors, responses) is { } nps ? (int)Rounding.Whole(nps) : null;

    /// <summary>How the NPS is computed and the answer bands, for tool descriptions and results.</summary>
    public static string NpsRule { get; } = $"NPS = round(100 x (promoters - detractors) / responses); promoters {PromoterFrom}-10, passives {DetractorUpTo + 1}-{PromoterFrom - 1}, detractors 0-{DetractorUpTo}";

    public static NpsCategory NpsCategoryOf(int score) => score switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(score), score, "An NPS score is 0 to 10."),
        >= PromoterFrom => NpsCategory.Promoter,
        > DetractorUpTo => NpsCategory.Passive,
        _ => NpsCategory.Detractor,
    };
}
