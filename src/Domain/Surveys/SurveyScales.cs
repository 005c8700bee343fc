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

    public static NpsCategory NpsCategoryOf(int score) => score switch
    {
        < 0 or > 10 => throw new ArgumentOutOfRangeException(nameof(score), score, "An NPS score is 0 to 10."),
        >= 9 => NpsCategory.Promoter,
        >= 7 => NpsCategory.Passive,
        _ => NpsCategory.Detractor,
    };
}
