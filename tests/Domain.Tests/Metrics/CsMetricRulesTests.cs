using CsMcp.Domain.Metrics;

namespace CsMcp.Domain.Tests.Metrics;

public sealed class CsMetricRulesTests
{
    [Fact]
    public void Weeks_are_iso_weeks_across_a_year_end_and_clipped_to_the_period()
    {
        var buckets = MetricBucket.Cover(new(2026, 12, 30), new(2027, 1, 5), MetricGranularity.Weekly);

        Assert.Equal([new("2026-W53", new(2026, 12, 30), new(2027, 1, 3)), new MetricBucket("2027-W01", new(2027, 1, 4), new(2027, 1, 5))], buckets);
    }

    [Fact]
    public void Months_and_quarters_follow_the_calendar()
    {
        Assert.Equal(["2026-01", "2026-02", "2026-03"], MetricBucket.Cover(new(2026, 1, 31), new(2026, 3, 1), MetricGranularity.Monthly).Select(b => b.Label));
        Assert.Equal([new("2025-Q4", new(2025, 11, 15), new(2025, 12, 31)), new MetricBucket("2026-Q1", new(2026, 1, 1), new(2026, 2, 1))],
            MetricBucket.Cover(new(2025, 11, 15), new(2026, 2, 1), MetricGranularity.Quarterly));
        Assert.Equal(730, MetricBucket.Cover(new(2024, 6, 16), new(2026, 6, 15), MetricGranularity.Daily).Count);
    }

    [Theory]
    [InlineData(CsMetric.Nps, 110, 100, MetricTrend.Flat, MetricHealth.Excellent)]
    [InlineData(CsMetric.Nps, 110, 100, MetricTrend.Down, MetricHealth.Good)]
    [InlineData(CsMetric.Csat, 4.2, 4.8, MetricTrend.Up, MetricHealth.Fair)]
    [InlineData(CsMetric.Csat, 4.0, 4.8, MetricTrend.Up, MetricHealth.Poor)]
    [InlineData(CsMetric.ChurnRate, 0.09, 0.1, MetricTrend.Down, MetricHealth.Excellent)]
    [InlineData(CsMetric.ChurnRate, 0.09, 0.1, MetricTrend.Up, MetricHealth.Good)]
    [InlineData(CsMetric.TimeToValue, 11.5, 10, MetricTrend.Flat, MetricHealth.Fair)]
    [InlineData(CsMetric.TimeToValue, 11.6, 10, MetricTrend.Flat, MetricHealth.Poor)]
    public void Health_against_the_benchmark_is_direction_aware(CsMetric metric, double value, double benchmark, MetricTrend trend, MetricHealth expected)
    {
        Assert.Equal(expected, CsMetricRules.Health(metric, (decimal)value, (decimal)benchmark, trend));
    }

    [Fact]
    public void A_benchmark_at_or_below_zero_gives_no_health()
    {
        Assert.Null(CsMetricRules.Health(CsMetric.Nps, 10, -5, MetricTrend.Flat));
        Assert.Null(CsMetricRules.Health(CsMetric.ChurnRate, 0, 0, MetricTrend.Flat));
    }

    [Fact]
    public void Trend_comparison_and_format_follow_the_original()
    {
        Assert.Equal([MetricTrend.Up, MetricTrend.Flat, MetricTrend.Flat, MetricTrend.Down],
            new decimal?[] { 5.1m, 5m, null, -5.1m }.Select(CsMetricRules.TrendOf));
        Assert.Equal(MetricComparison.Better, CsMetricRules.Compare(CsMetric.ChurnRate, 0.02m, 0.05m));
        Assert.Equal(MetricComparison.Worse, CsMetricRules.Compare(CsMetric.Nps, 20, 40));
        Assert.Equal(["43", "4.3/5.0", "5.5/7.0", "5.0%", "14.5 days", "82.0/100"],
            new[] { (CsMetric.Nps, 43m), (CsMetric.Csat, 4.25m), (CsMetric.Ces, 5.45m), (CsMetric.ChurnRate, 0.05m), (CsMetric.TimeToValue, 14.5m),
                (CsMetric.EngagementScore, 82m) }.Select(p => CsMetricRules.Format(p.Item1, p.Item2)));
        Assert.Equal([MetricChartType.Line, MetricChartType.Area, MetricChartType.Bar],
            new[] { CsMetric.HealthScore, CsMetric.RetentionRate, CsMetric.FeatureAdoption }.Select(CsMetricRules.ChartTypeOf));
    }
}
