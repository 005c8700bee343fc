using System.Reflection;
using System.Text;
using CsMcp.Infrastructure.Monitoring;
using Prometheus;

namespace CsMcp.Operations.Tests.Support;

/// <summary>One metric CsMcp emits, read from the collectors <see cref="CsMcpMetrics"/> creates.</summary>
public sealed record CatalogueMetric(string Name, string Type, IReadOnlyList<string> Labels, string Help)
{
    /// <summary>Series names a query can select: a histogram exposes _bucket, _sum and _count.</summary>
    public IReadOnlyList<string> SeriesNames => Type == "histogram" ? [$"{Name}_bucket", $"{Name}_sum", $"{Name}_count"] : [Name];
}

/// <summary>
/// The metric catalogue as the server defines it: every public collector of <see cref="CsMcpMetrics"/>, the only
/// place CsMcp creates metrics. Dashboards, alerts and docs are checked against this list.
/// </summary>
public static class MetricCatalogue
{
    private static readonly Lazy<IReadOnlyList<CatalogueMetric>> LazyMetrics = new(Read);

    public static IReadOnlyList<CatalogueMetric> Metrics => LazyMetrics.Value;

    public static IReadOnlySet<string> SeriesNames => Metrics.SelectMany(m => m.SeriesNames).ToHashSet(StringComparer.Ordinal);

    /// <summary>The /metrics text of a fresh registry with one series per metric (label values "probe"), as the server exports it.</summary>
    public static async Task<string> ExpositionWithOneSeriesEachAsync()
    {
        var metrics = new CsMcpMetrics();
        foreach (var collector in Collectors(metrics))
        {
            var labels = Enumerable.Repeat("probe", collector.LabelNames.Length).ToArray();
            switch (collector)
            {
                case Counter counter:
                    counter.WithLabels(labels).Inc();
                    break;
                case Gauge gauge:
                    gauge.WithLabels(labels).Set(1);
                    break;
                case Histogram histogram:
                    histogram.WithLabels(labels).Observe(0.003);
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected collector type {collector.GetType().Name}.");
            }
        }

        using var stream = new MemoryStream();
        await metrics.Registry.CollectAndExportAsTextAsync(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static List<CatalogueMetric> Read() =>
        Collectors(new CsMcpMetrics())
            .Select(c => new CatalogueMetric(c.Name, TypeOf(c), c.LabelNames, c.Help))
            .ToList();

    private static IEnumerable<Collector> Collectors(CsMcpMetrics metrics) =>
        typeof(CsMcpMetrics).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(Collector).IsAssignableFrom(p.PropertyType))
            .Select(p => (Collector)p.GetValue(metrics)!);

    private static string TypeOf(Collector collector) => collector switch
    {
        Counter => "counter",
        Gauge => "gauge",
        Histogram => "histogram",
        _ => throw new InvalidOperationException($"Unexpected collector type {collector.GetType().Name}."),
    };
}
