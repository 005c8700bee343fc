using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Metrics;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <param name="Scope">"client", "filtered_portfolio" or "portfolio".</param>
/// <param name="TrendData">The series, one point per calendar bucket; null when include_trends is false.</param>
/// <param name="Truncated">True when the series was cut to stay within the result budget (see notes).</param>
public sealed record TrackCsMetricsResult(
    CsMetric MetricType,
    string Scope,
    string? ClientId,
    AppliedScope FiltersApplied,
    MetricPeriod Period,
    CurrentMetric CurrentMetrics,
    IReadOnlyList<MetricPoint>? TrendData,
    bool Truncated,
    MetricBenchmarks? Benchmarks,
    SegmentedMetrics? SegmentedData,
    IReadOnlyList<string> Insights,
    IReadOnlyList<string> RecommendedActions,
    MetricVisualization VisualizationData,
    string ComputedFrom,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

public sealed record MetricPeriod(DateOnly Start, DateOnly End, int Days, MetricGranularity Granularity);

/// <param name="Value">Over the whole period; null when nothing was measured. Rates and adoption 0-1, NPS -100..100, CSAT 1-5, CES 1-7, days, scores 0-100.</param>
/// <param name="SampleSize">Responses, ratings or activations; clients for scores, adoption and the rates' base.</param>
/// <param name="PercentChange">Last point with data against the one before it; null with fewer than two or a zero previous point.</param>
public sealed record CurrentMetric(decimal? Value, string? FormattedValue, int SampleSize, bool LowerIsBetter, MetricTrend TrendDirection,
    decimal? PercentChange, MetricHealth? HealthStatus);

/// <param name="Value">Null when the bucket has no data (missing, not zero).</param>
public sealed record MetricPoint(string Period, DateOnly Start, DateOnly End, decimal? Value, int SampleSize);

/// <param name="PortfolioAverage">The whole portfolio over the same period, ignoring the scope.</param>
/// <param name="TopQuartile">75th percentile of per-client values (25th for lower-is-better); null for churn and retention rates.</param>
/// <param name="Percentile">Share of clients (0-100) the scoped value is at least as good as.</param>
/// <param name="ComparedWith">"industry" or "portfolio": the benchmark comparison_status and health_status use.</param>
public sealed record MetricBenchmarks(decimal? PortfolioAverage, string? Industry, decimal? IndustryAverage, string? Tier, decimal? TierAverage,
    decimal? TopQuartile, int? Percentile, int ClientsCompared, string ComparedWith, MetricComparison? ComparisonStatus);

public sealed record SegmentedMetrics(IReadOnlyList<SegmentValue>? ByTier, IReadOnlyList<SegmentValue>? ByIndustry);

public sealed record SegmentValue(string Segment, int Clients, decimal? Value, string? FormattedValue, int SampleSize);

public sealed record MetricVisualization(MetricChartType ChartType, IReadOnlyList<BenchmarkLine> BenchmarkLines);

public sealed record BenchmarkLine(string Label, decimal Value);
