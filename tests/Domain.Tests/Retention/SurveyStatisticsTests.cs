using CsMcp.Domain.Surveys;

namespace CsMcp.Domain.Tests.Retention;

public class SurveyStatisticsTests
{
    [Fact]
    public void Nps_is_percent_promoters_minus_percent_detractors()
    {
        // 9-10 promoters, 7-8 passives, 0-6 detractors: 4 promoters, 2 passives, 4 detractors of 10 -> 40 - 40 = 0.
        var figures = SurveyStatistics.Nps([10, 9, 9, 9, 8, 7, 6, 5, 0, 3]);

        Assert.Equal(new NpsFigures(0, 10, 4, 2, 4, 40m, 20m, 40m), figures);
    }

    [Theory]
    [InlineData(new[] { 10, 10 }, 100)]
    [InlineData(new[] { 0, 6 }, -100)]
    [InlineData(new[] { 7, 8 }, 0)]
    [InlineData(new[] { 9, 9, 8 }, 67)]
    [InlineData(new[] { 9, 6, 6 }, -33)]
    [InlineData(new[] { 10, 8, 8, 8, 8, 8, 8, 6 }, 0)]
    [InlineData(new[] { 10, 8, 8, 8, 8, 8, 8, 8 }, 13)]
    public void Nps_rounds_to_a_whole_number_halves_away_from_zero(int[] scores, int nps) =>
        Assert.Equal(nps, SurveyStatistics.Nps(scores)!.Score);

    [Fact]
    public void No_answers_give_no_figures()
    {
        Assert.Null(SurveyStatistics.Nps([]));
        Assert.Null(SurveyStatistics.Scale([], SurveyStatistics.CsatSatisfiedFrom));
    }

    [Fact]
    public void Nps_rejects_scores_outside_0_to_10() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyStatistics.Nps([11]));

    [Fact]
    public void Scales_average_and_share_of_positive_answers()
    {
        Assert.Equal(new ScaleFigures(3.67m, 3, 66.7m), SurveyStatistics.Scale([4, 5, 2], SurveyStatistics.CsatSatisfiedFrom));
        Assert.Equal(new ScaleFigures(5.5m, 2, 50m), SurveyStatistics.Scale([7, 4], SurveyStatistics.CesEasyFrom));
    }

    [Fact]
    public void Trends_need_both_periods_and_move_at_5_nps_points_or_0_2_scale_points()
    {
        var before = SurveyStatistics.Nps([9, 9, 7, 6])!; // 25
        Assert.Equal(SatisfactionTrend.Improving, SatisfactionTrends.NpsTrend(SurveyStatistics.Nps([9, 9, 7, 7]), before)); // 50
        Assert.Equal(SatisfactionTrend.Stable, SatisfactionTrends.NpsTrend(SurveyStatistics.Nps([9, 9, 7, 6]), before));
        Assert.Equal(SatisfactionTrend.Declining, SatisfactionTrends.NpsTrend(SurveyStatistics.Nps([9, 7, 7, 6]), before)); // 0
        Assert.Null(SatisfactionTrends.NpsTrend(before, null));
        Assert.Equal(SatisfactionTrend.Declining, SatisfactionTrends.ScaleTrend(new ScaleFigures(4.3m, 1, 100m), new ScaleFigures(4.5m, 1, 100m)));
        Assert.Equal(SatisfactionTrend.Stable, SatisfactionTrends.ScaleTrend(new ScaleFigures(4.31m, 1, 100m), new ScaleFigures(4.5m, 1, 100m)));
    }

    [Fact]
    public void Alerts_fire_at_their_thresholds()
    {
        var alerts = SatisfactionTrends.Alerts(
            new NpsFigures(-10, 10, 2, 4, 3, 20m, 40m, 30m), new NpsFigures(0, 10, 3, 4, 3, 30m, 40m, 30m),
            new ScaleFigures(3.4m, 5, 40m), new ScaleFigures(3.9m, 5, 60m), new ScaleFigures(4m, 2, 50m), null);

        Assert.Equal(["nps_drop", "negative_nps", "csat_drop", "low_csat"], alerts.Select(a => a.AlertType));
        Assert.Empty(SatisfactionTrends.Alerts(new NpsFigures(0, 1, 0, 1, 0, 0m, 100m, 0m), new NpsFigures(9, 1, 0, 1, 0, 0m, 100m, 0m), null, null, null, null));
    }
}
