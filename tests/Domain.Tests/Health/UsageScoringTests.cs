using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

public class UsageScoringTests
{
    [Fact]
    public void Combines_active_ratio_login_frequency_and_feature_breadth()
    {
        var result = UsageScoring.Score(HealthFixtures.ExampleUsage);

        Assert.Equal(67.2m, result.Score);
        Assert.Equal(0.75m, result.Evidence("active_user_ratio"));
        Assert.Equal(75m, result.Evidence("active_user_score"));
        Assert.Equal(64m, result.Evidence("login_frequency_score"));
        Assert.Equal(60m, result.Evidence("feature_breadth_score"));
        Assert.Equal(50m, result.Evidence("licensed_users"));
        Assert.Equal(37.5m, result.Evidence("average_active_users"));
        Assert.Equal(
            "usage 67.2 = 0.4 x active users 75 (37.5 of 50 licensed) + 0.3 x login frequency 64 (3.2 logins per active user per week, target 5)"
            + " + 0.3 x feature breadth 60 (12 of 20 features)",
            result.Explanation);
    }

    [Fact]
    public void Each_part_is_capped_at_100()
    {
        var result = UsageScoring.Score(new UsageFacts(50, 60m, 9m, 25, 20));

        Assert.Equal(100m, result.Score);
        Assert.Equal(1m, result.Evidence("active_user_ratio"));
    }

    [Fact]
    public void No_activity_scores_zero()
    {
        Assert.Equal(0m, UsageScoring.Score(new UsageFacts(50, 0m, 0m, 0, 20)).Score);
    }

    [Fact]
    public void Sub_scores_are_rounded_to_one_decimal_before_combining()
    {
        // 1/3 -> 33.3; 1 login/week of 5 -> 20; 1 of 3 features -> 33.3; 13.32 + 6 + 9.99 = 29.31 -> 29.3
        var result = UsageScoring.Score(new UsageFacts(3, 1m, 1m, 1, 3));

        Assert.Equal(33.3m, result.Evidence("active_user_score"));
        Assert.Equal(20m, result.Evidence("login_frequency_score"));
        Assert.Equal(33.3m, result.Evidence("feature_breadth_score"));
        Assert.Equal(29.3m, result.Score);
    }

    [Fact]
    public void Login_target_is_five_per_week()
    {
        Assert.Equal(100m, UsageScoring.Score(new UsageFacts(10, 10m, 5m, 10, 10)).Score);
        Assert.Equal(97m, UsageScoring.Score(new UsageFacts(10, 10m, 4.5m, 10, 10)).Score);
    }

    [Fact]
    public void Unknown_licensed_users_is_no_data()
    {
        var result = UsageScoring.Score(new UsageFacts(0, 12m, 3m, 5, 20));

        Assert.Null(result.Score);
        Assert.False(result.HasData);
        Assert.Empty(result.Evidence);
        Assert.Equal("No licensed-user count is recorded, so the active-user ratio cannot be computed.", result.Explanation);
    }

    [Fact]
    public void Unknown_available_features_is_no_data()
    {
        var result = UsageScoring.Score(new UsageFacts(10, 5m, 3m, 0, 0));

        Assert.Null(result.Score);
        Assert.Equal("No available-feature count is recorded, so feature breadth cannot be computed.", result.Explanation);
    }

    [Fact]
    public void Negative_facts_are_rejected_naming_the_fact()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => UsageScoring.Score(new UsageFacts(10, -1m, 3m, 2, 5)));

        Assert.StartsWith("average_active_users must not be negative; got -1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_carry_no_trailing_zeros_so_json_and_text_agree()
    {
        var result = UsageScoring.Score(HealthFixtures.ExampleUsage);

        Assert.Equal("67.2", result.Score!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("75", result.Evidence("active_user_score")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.75", result.Evidence("active_user_ratio")!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Explanations_show_raw_averages_to_two_decimals_and_evidence_keeps_them_exact()
    {
        var result = UsageScoring.Score(new UsageFacts(3, 2.3333333333m, 1.0666666m, 1, 3));

        Assert.Contains("(2.33 of 3 licensed)", result.Explanation, StringComparison.Ordinal);
        Assert.Contains("(1.07 logins per active user per week", result.Explanation, StringComparison.Ordinal);
        Assert.Equal(2.3333333333m, result.Evidence("average_active_users"));
    }

    [Fact]
    public void Huge_inputs_are_still_rounded_for_text()
    {
        var result = UsageScoring.Score(new UsageFacts(10, 123_456_789_012_345_678.125m, 5m, 1, 1));

        Assert.Equal(100m, result.Score);
        Assert.Contains("(123456789012345678.13 of 10 licensed)", result.Explanation, StringComparison.Ordinal);
    }
}
