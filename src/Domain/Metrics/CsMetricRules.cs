using System.Globalization;
using CsMcp.Domain.Common;

namespace CsMcp.Domain.Metrics;

/// <summary>
/// The original's rules for a CS metric: which way is better, its trend ladder, its health against a benchmark (§3.5),
/// its display format and chart type. CES here is the stored CES 2.0 scale (1-7, 7 = very easy), so higher is better;
/// the original's 1-5 CES counted effort and was lower-is-better.
/// </summary>
public static class CsMetricRules
{
    /// <summary>A change of more than 5 % either way between the last two points is a trend.</summary>
    public const decimal TrendThresholdPercent = 5m;

    public const string TrendRule = "percent_change = (last point - the point before) / |the point before| x 100 over the points with data; up > +5 %, down < -5 %, else flat.";

    public const string HealthRule = "health vs the benchmark b: higher-is-better >= 1.1 b and not trending worse -> excellent, >= 0.95 b good, >= 0.85 b fair, else poor; "
        + "lower-is-better (churn_rate, time_to_value) <= 0.9 b and not trending worse -> excellent, <= 1.05 b good, <= 1.15 b fair, else poor; no health when b <= 0.";

    public static bool LowerIsBetter(CsMetric metric) => metric is CsMetric.ChurnRate or CsMetric.TimeToValue;

    public static MetricTrend TrendOf(decimal? percentChange) => percentChange switch
    {
        > TrendThresholdPercent => MetricTrend.Up,
        < -TrendThresholdPercent => MetricTrend.Down,
        _ => MetricTrend.Flat,
    };

    /// <summary>True when the trend moves the metric the bad way (down for higher-is-better, up for lower-is-better).</summary>
    public static bool IsWorsening(CsMetric metric, MetricTrend trend) => trend == (LowerIsBetter(metric) ? MetricTrend.Up : MetricTrend.Down);

    /// <summary>Health of <paramref name="value"/> against <paramref name="benchmark"/>; null when the benchmark is not positive (a ratio means nothing then).</summary>
    public static MetricHealth? Health(CsMetric metric, decimal value, decimal benchmark, MetricTrend trend)
    {
        if (benchmark <= 0)
            return null;
        var ratio = value / benchmark;
        var worsening = IsWorsening(metric, trend);
        if (LowerIsBetter(metric))
        {
            return ratio switch
            {
                <= 0.9m when !worsening => MetricHealth.Excellent,
                <= 1.05m => MetricHealth.Good,
                <= 1.15m => MetricHealth.Fair,
                _ => MetricHealth.Poor,
            };
        }

        return ratio switch
        {
            >= 1.1m when !worsening => MetricHealth.Excellent,
            >= 0.95m => MetricHealth.Good,
            >= 0.85m => MetricHealth.Fair,
            _ => MetricHealth.Poor,
        };
    }

    public static MetricComparison Compare(CsMetric metric, decimal value, decimal benchmark)
    {
        if (value == benchmark)
            return MetricComparison.Equal;
        return (value > benchmark) != LowerIsBetter(metric) ? MetricComparison.Better : MetricComparison.Worse;
    }

    /// <summary>The original's display: NPS whole, CSAT and support satisfaction x.x/5.0, CES x.x/7.0, rates x.x%, days x.x days, scores x.x/100.</summary>
    public static string Format(CsMetric metric, decimal value) => metric switch
    {
        CsMetric.Nps => value.ToString("0", CultureInfo.InvariantCulture),
        CsMetric.Csat or CsMetric.SupportSatisfaction => $"{One(value)}/5.0",
        CsMetric.Ces => $"{One(value)}/7.0",
        CsMetric.ChurnRate or CsMetric.RetentionRate or CsMetric.ExpansionRate or CsMetric.FeatureAdoption => $"{One(value * 100m)}%",
        CsMetric.TimeToValue => $"{One(value)} days",
        _ => $"{One(value)}/100",
    };

    public static MetricChartType ChartTypeOf(CsMetric metric) => metric switch
    {
        CsMetric.ChurnRate or CsMetric.RetentionRate or CsMetric.ExpansionRate => MetricChartType.Area,
        CsMetric.FeatureAdoption => MetricChartType.Bar,
        _ => MetricChartType.Line,
    };

    private static string One(decimal value) => Rounding.Average(value).ToString("0.0", CultureInfo.InvariantCulture);
}
