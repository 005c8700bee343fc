using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

public class SatisfactionScoringTests
{
    [Theory]
    [InlineData(6, 2, 2, 40)]
    [InlineData(0, 0, 3, -100)]
    [InlineData(4, 0, 0, 100)]
    [InlineData(1, 1, 1, 0)]
    [InlineData(2, 0, 1, 33)]
    [InlineData(2, 5, 1, 13)]
    [InlineData(1, 5, 2, -13)]
    public void Nps_is_percent_promoters_minus_percent_detractors_rounded_half_away_from_zero(int promoters, int passives, int detractors, int expected)
    {
        Assert.Equal(expected, SatisfactionScoring.Nps(promoters, passives, detractors));
    }

    [Theory]
    [InlineData(-100, 0)]
    [InlineData(0, 50)]
    [InlineData(33, 66.5)]
    [InlineData(100, 100)]
    public void Nps_maps_onto_0_to_100(int nps, decimal expected)
    {
        Assert.Equal(expected, SatisfactionScoring.NpsToScore(nps));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 50)]
    [InlineData(4.2, 80)]
    [InlineData(3.33, 58.3)]
    [InlineData(5, 100)]
    public void Csat_maps_onto_0_to_100(decimal csat, decimal expected)
    {
        Assert.Equal(expected, SatisfactionScoring.CsatToScore(csat));
    }

    [Fact]
    public void Blends_nps_and_csat_60_40()
    {
        var result = SatisfactionScoring.Score(HealthFixtures.ExampleSatisfaction, 30);

        Assert.Equal(74m, result.Score);
        Assert.Equal(40m, result.Evidence("nps"));
        Assert.Equal(70m, result.Evidence("nps_score"));
        Assert.Equal(80m, result.Evidence("csat_score"));
        Assert.Equal(
            "satisfaction 74 = 0.6 x NPS score 70 (NPS 40 from 6 promoters, 2 passives, 2 detractors) + 0.4 x CSAT score 80 (average 4.2 of 5 from 10 responses)",
            result.Explanation);
    }

    [Fact]
    public void Blend_is_rounded_to_one_decimal()
    {
        // NPS 33 -> 66.5; CSAT 3.5 -> 62.5; 39.9 + 25 = 64.9
        Assert.Equal(64.9m, SatisfactionScoring.Score(new SatisfactionFacts(2, 0, 1, 3.5m, 4), 30).Score);
    }

    [Fact]
    public void Nps_alone_when_there_is_no_csat()
    {
        var result = SatisfactionScoring.Score(new SatisfactionFacts(6, 2, 2, null, 0), 30);

        Assert.Equal(70m, result.Score);
        Assert.Equal("satisfaction 70 = NPS score 70 (NPS 40 from 6 promoters, 2 passives, 2 detractors); no CSAT responses in 30 days", result.Explanation);
    }

    [Fact]
    public void Csat_alone_when_there_is_no_nps()
    {
        var result = SatisfactionScoring.Score(new SatisfactionFacts(0, 0, 0, 4.2m, 10), 30);

        Assert.Equal(80m, result.Score);
        Assert.DoesNotContain(result.Evidence, e => e.Name == "nps");
        Assert.Equal("satisfaction 80 = CSAT score 80 (average 4.2 of 5 from 10 responses); no NPS responses in 30 days", result.Explanation);
    }

    [Fact]
    public void No_responses_is_no_data()
    {
        var result = SatisfactionScoring.Score(new SatisfactionFacts(0, 0, 0, null, 0), 30);

        Assert.Null(result.Score);
        Assert.Equal("No NPS or CSAT responses in the last 30 days.", result.Explanation);
    }

    [Fact]
    public void Inconsistent_csat_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => SatisfactionScoring.Score(new SatisfactionFacts(1, 0, 0, null, 5), 30));
        Assert.Throws<ArgumentException>(() => SatisfactionScoring.Score(new SatisfactionFacts(1, 0, 0, 4m, 0), 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScoring.Score(new SatisfactionFacts(1, 0, 0, 5.5m, 2), 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScoring.Score(new SatisfactionFacts(1, 0, 0, 0.5m, 2), 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => SatisfactionScoring.Score(new SatisfactionFacts(-1, 0, 0, null, 0), 30));
    }
}
