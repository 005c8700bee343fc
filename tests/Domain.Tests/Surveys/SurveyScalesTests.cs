using CsMcp.Domain.Surveys;

namespace CsMcp.Domain.Tests.Surveys;

public sealed class SurveyScalesTests
{
    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Nps_categories_follow_the_score(int score, NpsCategory expected) =>
        Assert.Equal(expected, SurveyScales.NpsCategoryOf(score));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Nps_scores_outside_0_to_10_have_no_category(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyScales.NpsCategoryOf(score));

    [Theory]
    [InlineData(SurveyType.Nps, 0, true)]
    [InlineData(SurveyType.Nps, 10, true)]
    [InlineData(SurveyType.Nps, 11, false)]
    [InlineData(SurveyType.Csat, 0, false)]
    [InlineData(SurveyType.Csat, 5, true)]
    [InlineData(SurveyType.Csat, 6, false)]
    [InlineData(SurveyType.Ces, 1, true)]
    [InlineData(SurveyType.Ces, 7, true)]
    [InlineData(SurveyType.Ces, 8, false)]
    public void Scores_are_checked_against_each_surveys_scale(SurveyType type, int score, bool valid) =>
        Assert.Equal(valid, SurveyScales.IsValid(type, score));
}
