namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>A metric's value over some days and how many samples it rests on; Value is null when there is nothing to measure.</summary>
public readonly record struct MetricValue(decimal? Value, int SampleSize)
{
    public static MetricValue Missing { get; } = new(null, 0);
}

/// <summary>
/// The stored rows one metric is computed from, for a set of clients, held in memory for one call so the series, the segments
/// and the benchmarks all read the same rows.
/// </summary>
internal abstract class MetricSource
{
    /// <summary>The metric over [start, end] (inclusive days) for the clients of this source.</summary>
    public abstract MetricValue Over(DateOnly start, DateOnly end);

    /// <summary>The same rows narrowed to these clients.</summary>
    public abstract MetricSource Restrict(IReadOnlySet<string> clients);

    /// <summary>Each client's own value over [start, end], for the portfolio distribution; null for a population rate (a client's own churn is 0 or 1).</summary>
    public abstract IReadOnlyList<decimal>? PerClient(DateOnly start, DateOnly end);
}
