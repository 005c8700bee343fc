using System.Globalization;
using CsMcp.Domain.Common;
using CsMcp.Domain.Metrics;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>Insights and actions (§3.5 "Actions") read off the computed figures only: value, trend, benchmark health and segment gaps.</summary>
internal static class MetricAdvice
{
    public static (List<string> Insights, List<string> Actions) For(CsMetric metric, CurrentMetric current, IReadOnlyList<MetricPoint> withData,
        MetricBenchmarks? benchmarks, SegmentedMetrics? segments)
    {
        var name = EnumCodes<CsMetric>.ToCode(metric);
        var insights = new List<string>();
        var actions = new List<string>();
        if (current.Value is not { } value)
        {
            insights.Add($"No {name} data in the period for this scope.");
            return (insights, actions);
        }

        insights.Add($"{name} is {current.FormattedValue} over the period ({current.SampleSize} samples).");
        if (withData.Count >= 2 && current.PercentChange is { } percent)
        {
            var (before, last) = (withData[^2], withData[^1]);
            insights.Add($"{Trend(current.TrendDirection)} {Signed(percent)} % from {before.Period} ({Format(metric, before.Value)}) to {last.Period} ({Format(metric, last.Value)}).");
        }

        if (benchmarks is not null)
        {
            var reference = benchmarks.IndustryAverage ?? benchmarks.PortfolioAverage;
            if (benchmarks.ComparisonStatus is { } status && reference is { } r)
                insights.Add($"{Comparison(status)} the {benchmarks.ComparedWith} benchmark of {Format(metric, r)}.");
            if (benchmarks.Percentile is { } p)
                insights.Add($"At least as good as {p} % of {benchmarks.ClientsCompared} clients measured.");
        }

        var gap = WidestGap(metric, segments);
        if (gap is { } g)
            insights.Add($"Widest segment gap: {g.Best.Segment} {g.Best.FormattedValue} vs {g.Worst.Segment} {g.Worst.FormattedValue}.");

        if (current.HealthStatus is MetricHealth.Poor or MetricHealth.Fair && benchmarks is not null)
            actions.Add($"Investigate why {name} is {EnumCodes<MetricHealth>.ToCode(current.HealthStatus.Value)} against the {benchmarks.ComparedWith} benchmark and set an improvement plan.");
        if (CsMetricRules.IsWorsening(metric, current.TrendDirection))
            actions.Add($"Urgent: {name} moved the wrong way ({Signed(current.PercentChange ?? 0)} %) in {withData[^1].Period}; review what changed in that period.");
        if (current.HealthStatus == MetricHealth.Excellent)
            actions.Add($"Document what drives the {name} result ({current.FormattedValue}) and raise its target.");
        if (gap is { } worst && CsMetricRules.Compare(metric, worst.Worst.Value!.Value, value) == MetricComparison.Worse)
            actions.Add($"Focus on {worst.Worst.Segment}: {worst.Worst.FormattedValue} against {current.FormattedValue} overall.");
        return (insights, actions);
    }

    private static (SegmentValue Best, SegmentValue Worst)? WidestGap(CsMetric metric, SegmentedMetrics? segments)
    {
        var all = new[] { segments?.ByTier, segments?.ByIndustry }.OfType<IReadOnlyList<SegmentValue>>()
            .Select(list => list.Where(s => s.Value is not null).ToList()).Where(list => list.Count >= 2)
            .Select(list =>
            {
                var ordered = list.OrderBy(s => s.Value).ToList();
                return CsMetricRules.LowerIsBetter(metric) ? (Best: ordered[0], Worst: ordered[^1]) : (Best: ordered[^1], Worst: ordered[0]);
            })
            .ToList();
        return all.Count == 0 ? null : all.MaxBy(p => Math.Abs(p.Best.Value!.Value - p.Worst.Value!.Value));
    }

    private static string Trend(MetricTrend trend) => trend switch
    {
        MetricTrend.Up => "Up",
        MetricTrend.Down => "Down",
        _ => "Flat",
    };

    private static string Comparison(MetricComparison comparison) => comparison switch
    {
        MetricComparison.Better => "Better than",
        MetricComparison.Worse => "Worse than",
        _ => "Equal to",
    };

    private static string Format(CsMetric metric, decimal? value) => value is { } v ? CsMetricRules.Format(metric, v) : "no data";

    private static string Signed(decimal value) => value.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture);
}
