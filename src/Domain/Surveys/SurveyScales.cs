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

    public static NpsCategory NpsCategoryOf(int score) => score switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(score), score, "An NPS score is 0 to 10."),
        >= PromoterFrom => NpsCategory.Promoter,
        > DetractorUpTo => NpsCategory.Passive,
        _ => NpsCategory.Detractor,
    };
}
