using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Metrics;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

[Tool("track_cs_metrics", Toolsets.Feedback, Title = "Track CS metrics", ReadOnly = true, Idempotent = true)]
[Description("A CS metric over time from stored data: calendar series, trend, portfolio benchmarks, tier/industry segments.")]
public sealed record TrackCsMetrics : PortfolioScope, IQuery<TrackCsMetricsResult>
{
    [Description("The metric.")]
    [OneOf<CsMetric>]
    public required string MetricType { get; init; }

    [Description("One client; omit for the portfolio.")]
    public string? ClientId { get; init; }

    [Description("Default end - 90 days.")]
    public DateOnly? PeriodStart { get; init; }

    [Description("Not in the future. Default today.")]
    public DateOnly? PeriodEnd { get; init; }

    [Description("Default monthly.")]
    [OneOf<MetricGranularity>]
    public string Granularity { get; init; } = "monthly";

    [Description("Default true.")]
    public bool IncludeTrends { get; init; } = true;

    [Description("Default true.")]
    public bool IncludeBenchmarks { get; init; } = true;

    [Description("Default none.")]
    [OneOf<MetricSegment>]
    public IReadOnlyList<string>? SegmentBy { get; init; }
}

public sealed class TrackCsMetricsHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<TrackCsMetrics, TrackCsMetricsResult>
{
    public const string BucketRule = "Buckets are calendar days, ISO weeks (Monday-Sunday), calendar months or quarters; the first and last are clipped to the period; a bucket without data is null, never 0 or interpolated.";

    public const string BenchmarkRule = "Benchmarks: the metric over the same period for the whole portfolio, the scope's industry and tier (one client, or a single tiers/industries filter); "
        + "top quartile = nearest-rank 75th percentile of per-client values (25th when lower is better); percentile = share of clients the value is at least as good as.";

    public async ValueTask<TrackCsMetricsResult> Handle(TrackCsMetrics query, CancellationToken cancellationToken)
    {
        var today = time.Today();
        var period = FeedbackPeriod.Of(query.PeriodStart, query.PeriodEnd, today, 90);
        var metric = EnumCodes<CsMetric>.Parse(query.MetricType);
        var granularity = EnumCodes<MetricGranularity>.Parse(query.Granularity);
        var lowerIsBetter = CsMetricRules.LowerIsBetter(metric);
        var clientId = query.ClientId?.Trim();
        var client = clientId is null ? null : await db.GetClientAsync(clientId, cancellationToken);

        var clients = await db.Clients.AsNoTracking().Select(c => new Member(c.ClientId, c.Tier, c.Industry)).ToListAsync(cancellationToken);
        HashSet<string>? scopeIds = client is not null ? [client.ClientId]
            : !query.HasAnyFilter() ? null
            : (await db.Clients.AsNoTracking().InScope(query, today).Select(c => c.ClientId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var portfolio = await MetricSources.LoadAsync(db, metric, period, cancellationToken);
        var scoped = scopeIds is null ? portfolio : portfolio.Restrict(scopeIds);
        var members = scopeIds is null ? clients : [.. clients.Where(c => scopeIds.Contains(c.ClientId))];

        var current = scoped.Over(period.Start, period.End);
        var points = MetricBucket.Cover(period.Start, period.End, granularity)
            .Select(b =>
            {
                var v = scoped.Over(b.Start, b.End);
                return new MetricPoint(b.Label, b.Start, b.End, v.Value, v.SampleSize);
            })
            .ToList();
        var withData = points.Where(p => p.Value is not null).ToList();
        var percent = withData.Count >= 2 ? SentimentAggregate.PercentChange(withData[^1].Value!.Value, withData[^2].Value) : null;
        var trend = CsMetricRules.TrendOf(percent);

        var notes = new List<string>();
        if (current.Value is null)
            notes.Add($"No data for {Code(metric)} in scope {period.Start:yyyy-MM-dd}..{period.End:yyyy-MM-dd}: the value is missing, not zero.");
        var missing = points.Count - withData.Count;
        if (missing > 0)
            notes.Add($"{missing} of {points.Count} {Code(granularity)} buckets have no data (value null).");
        if (withData.Count >= 2 && percent is null)
            notes.Add("The point before the last is 0: no percent change; trend reported as flat.");

        var benchmarks = query.IncludeBenchmarks ? Benchmark(metric, portfolio, clients, client, query, period, current, notes) : null;
        var reference = benchmarks is null ? null : benchmarks.IndustryAverage ?? benchmarks.PortfolioAverage;
        var health = current.Value is { } value && reference is { } b ? CsMetricRules.Health(metric, value, b, trend) : null;
        if (!query.IncludeBenchmarks)
            notes.Add("include_benchmarks is false: health_status needs a benchmark and is not computed.");
        else if (current.Value is not null && reference is { } r && r <= 0)
            notes.Add($"The {benchmarks!.ComparedWith} benchmark is {r}: health against it is undefined.");

        var segments = Segments(metric, portfolio, members, query.SegmentBy, period);
        var (series, truncated) = query.IncludeTrends ? ResultBudget.Take(points) : (null, false);
        if (truncated)
            notes.Add($"trend_data holds the first {series!.Count} of {points.Count} points to stay within the result size; ask for a coarser granularity or a shorter period.");

        var currentMetric = new CurrentMetric(current.Value, Format(metric, current.Value), current.SampleSize, lowerIsBetter, trend, percent, health);
        var advice = MetricAdvice.For(metric, currentMetric, withData, benchmarks, segments);
        return new TrackCsMetricsResult(
            metric,
            client is not null ? "client" : scopeIds is null ? "portfolio" : "filtered_portfolio",
            client?.ClientId,
            AppliedScope.Of(query, client?.ClientId),
            new MetricPeriod(period.Start, period.End, period.Days, granularity),
            currentMetric,
            series,
            truncated,
            benchmarks,
            segments,
            advice.Insights,
            advice.Actions,
            new MetricVisualization(CsMetricRules.ChartTypeOf(metric), BenchmarkLines(benchmarks)),
            $"{MetricDefinitions.Of(metric)} Scope: " + (client is not null ? $"client {client.ClientId}" : $"{members.Count} clients")
                + $", {period.Start:yyyy-MM-dd}..{period.End:yyyy-MM-dd}.",
            [MetricDefinitions.Of(metric), BucketRule, CsMetricRules.TrendRule, CsMetricRules.HealthRule, BenchmarkRule],
            notes);
    }

    private static MetricBenchmarks Benchmark(CsMetric metric, MetricSource portfolio, List<Member> clients, Client? client, TrackCsMetrics query,
        FeedbackPeriod period, MetricValue current, List<string> notes)
    {
        var tier = client?.Tier ?? (query.Tiers is [var onlyTier] ? EnumCodes<ClientTier>.Parse(onlyTier) : null);
        var industry = client?.Industry ?? (query.Industries is [var onlyIndustry] ? onlyIndustry.Trim() : null);
        var whole = portfolio.Over(period.Start, period.End).Value;
        var industryValue = industry is null ? null
            : Within(portfolio, clients.Where(c => string.Equals(c.Industry, industry, StringComparison.OrdinalIgnoreCase)), period);
        var tierValue = tier is { } t ? Within(portfolio, clients.Where(c => c.Tier == t), period) : null;

        var perClient = portfolio.PerClient(period.Start, period.End);
        var lower = CsMetricRules.LowerIsBetter(metric);
        decimal? topQuartile = null;
        int? percentile = null;
        if (perClient is null)
            notes.Add($"{Code(metric)} is a rate over a client population (a client's own is 0 or 1): no top quartile or percentile.");
        else if (perClient.Count > 0)
        {
            var sorted = perClient.Order().ToList();
            topQuartile = Stats.Percentile(sorted, lower ? 25 : 75);
            if (current.Value is { } v)
                percentile = (int)Rounding.Whole(100m * sorted.Count(x => lower ? x >= v : x <= v) / sorted.Count);
        }

        var comparedWith = industryValue is not null ? "industry" : "portfolio";
        var reference = industryValue ?? whole;
        if (industry is not null && industryValue is null)
            notes.Add($"No {Code(metric)} data for industry '{industry}': compared with the portfolio instead.");
        return new MetricBenchmarks(whole, industry, industryValue, tier is { } tt ? EnumCodes<ClientTier>.ToCode(tt) : null, tierValue, topQuartile, percentile,
            perClient?.Count ?? 0, comparedWith,
            current.Value is { } cv && reference is { } rv ? CsMetricRules.Compare(metric, cv, rv) : null);
    }

    private static SegmentedMetrics? Segments(CsMetric metric, MetricSource portfolio, List<Member> members, IReadOnlyList<string>? segmentBy, FeedbackPeriod period)
    {
        if (segmentBy is not { Count: > 0 })
            return null;
        var wanted = segmentBy.Select(EnumCodes<MetricSegment>.Parse).ToHashSet();
        return new SegmentedMetrics(
            wanted.Contains(MetricSegment.Tier) ? Segment(metric, portfolio, members.GroupBy(m => EnumCodes<ClientTier>.ToCode(m.Tier)), period) : null,
            wanted.Contains(MetricSegment.Industry) ? Segment(metric, portfolio, members.GroupBy(m => m.Industry ?? "unknown"), period) : null);
    }

    private static List<SegmentValue> Segment(CsMetric metric, MetricSource portfolio, IEnumerable<IGrouping<string, Member>> groups, FeedbackPeriod period) =>
        [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var value = portfolio.Restrict(g.Select(m => m.ClientId).ToHashSet(StringComparer.Ordinal)).Over(period.Start, period.End);
            return new SegmentValue(g.Key, g.Count(), value.Value, Format(metric, value.Value), value.SampleSize);
        })];

    private static decimal? Within(MetricSource portfolio, IEnumerable<Member> members, FeedbackPeriod period) =>
        portfolio.Restrict(members.Select(m => m.ClientId).ToHashSet(StringComparer.Ordinal)).Over(period.Start, period.End).Value;

    private static List<BenchmarkLine> BenchmarkLines(MetricBenchmarks? benchmarks) => benchmarks is null ? [] :
        [.. new (string Label, decimal? Value)[]
            {
                ("portfolio_average", benchmarks.PortfolioAverage), ("industry_average", benchmarks.IndustryAverage),
                ("tier_average", benchmarks.TierAverage), ("top_quartile", benchmarks.TopQuartile),
            }.Where(l => l.Value is not null).Select(l => new BenchmarkLine(l.Label, l.Value!.Value))];

    private static string? Format(CsMetric metric, decimal? value) => value is { } v ? CsMetricRules.Format(metric, v) : null;

    private sealed record Member(string ClientId, ClientTier Tier, string? Industry);
}
