using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.TrackCsMetrics;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Feedback;

public sealed class TrackCsMetricsValidatorTests
{
    private static Dictionary<string, string[]> Errors(TrackCsMetrics request) =>
        ArgumentErrors.From(new TrackCsMetricsValidator(TestClock.Create()).Validate(request).Errors);

    [Fact]
    public void The_minimal_call_and_every_metric_are_valid()
    {
        Assert.Empty(Errors(new TrackCsMetrics { MetricType = "nps" }));
        Assert.Empty(Errors(new TrackCsMetrics
        {
            MetricType = "Churn_Rate", ClientId = "acme-1", Granularity = "QUARTERLY", SegmentBy = ["tier", "industry"],
            PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 6, 15),
        }));
    }

    [Fact]
    public void An_unknown_metric_type_lists_the_allowed_codes()
    {
        Assert.Equal(
            "'metric_type' must be one of: nps, csat, ces, churn_rate, retention_rate, expansion_rate, time_to_value, feature_adoption, engagement_score, "
            + "health_score, support_satisfaction (case-insensitive); got 'arr'.",
            Assert.Single(Errors(new TrackCsMetrics { MetricType = "arr" })["metric_type"]));
    }

    [Fact]
    public void A_missing_metric_type_is_required()
    {
        Assert.Equal(
            "'metric_type' is required: one of nps, csat, ces, churn_rate, retention_rate, expansion_rate, time_to_value, feature_adoption, engagement_score, "
            + "health_score, support_satisfaction.",
            Assert.Single(Errors(new TrackCsMetrics { MetricType = null! })["metric_type"]));
    }

    [Fact]
    public void An_unknown_granularity_lists_the_allowed_codes()
    {
        Assert.Equal("'granularity' must be one of: daily, weekly, monthly, quarterly (case-insensitive); got 'hourly'.",
            Assert.Single(Errors(new TrackCsMetrics { MetricType = "nps", Granularity = "hourly" })["granularity"]));
    }

    [Fact]
    public void An_unknown_segment_lists_the_allowed_codes()
    {
        var errors = Errors(new TrackCsMetrics { MetricType = "nps", SegmentBy = ["tier", "region"] });

        Assert.Equal("'segment_by' has 'region', which is not one of: tier, industry (case-insensitive).",
            Assert.Single(errors.Single(e => e.Key.StartsWith("segment_by", StringComparison.Ordinal)).Value));
    }

    [Fact]
    public void The_period_rules_apply()
    {
        var reversed = Errors(new TrackCsMetrics { MetricType = "nps", PeriodStart = new(2026, 6, 20), PeriodEnd = new(2026, 6, 16) });
        var tooLong = Errors(new TrackCsMetrics { MetricType = "nps", PeriodStart = new(2024, 1, 1) });

        Assert.Equal("'period_end' must not be in the future (today is 2026-06-15); got 2026-06-16.", Assert.Single(reversed["period_end"]));
        Assert.Equal("'period_start' must be on or before period_end (2026-06-16); got 2026-06-20.", Assert.Single(reversed["period_start"]));
        Assert.Equal("'period_start' must be at most 730 days before period_end; give a later start.", Assert.Single(tooLong["period_start"]));
    }

    [Fact]
    public void A_malformed_client_id_is_rejected()
    {
        Assert.StartsWith("'client_id' ", Assert.Single(Errors(new TrackCsMetrics { MetricType = "nps", ClientId = "bad id" })["client_id"]), StringComparison.Ordinal);
    }
}
