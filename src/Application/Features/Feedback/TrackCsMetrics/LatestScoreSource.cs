using CsMcp.Domain.Common;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>Stored scores (health snapshots): per bucket, the average over clients of each client's latest score calculated in it.</summary>
internal sealed class LatestScoreSource(IReadOnlyList<LatestScoreSource.Score> scores) : MetricSource
{
    private readonly Score[] _byTime = [.. scores.OrderBy(s => s.At)];

    public readonly record struct Score(string ClientId, DateTime At, decimal Value);

    public override MetricValue Over(DateOnly start, DateOnly end)
    {
        var latest = Latest(start, end);
        return latest.Count == 0 ? MetricValue.Missing : new MetricValue(Rounding.Average(latest.Values.Average()), latest.Count);
    }

    public override MetricSource Restrict(IReadOnlySet<string> clients) => new LatestScoreSource([.. _byTime.Where(s => clients.Contains(s.ClientId))]);

    public override IReadOnlyList<decimal>? PerClient(DateOnly start, DateOnly end) => [.. Latest(start, end).Values];

    private Dictionary<string, decimal> Latest(DateOnly start, DateOnly end)
    {
        var from = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var latest = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var score in _byTime.Where(s => s.At >= from && s.At < until))
            latest[score.ClientId] = score.Value;
        return latest;
    }
}
