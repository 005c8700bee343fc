namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>Dated answers (survey scores, ticket ratings, days to value) pooled per bucket by the metric's own aggregate.</summary>
internal sealed class SampleSource(IReadOnlyList<SampleSource.Sample> samples, Func<IReadOnlyList<int>, decimal?> aggregate) : MetricSource
{
    private readonly Sample[] _byDay = [.. samples.OrderBy(s => s.Day)];

    public readonly record struct Sample(string ClientId, DateOnly Day, int Score);

    public override MetricValue Over(DateOnly start, DateOnly end)
    {
        var scores = new List<int>();
        for (var i = FirstOnOrAfter(start); i < _byDay.Length && _byDay[i].Day <= end; i++)
            scores.Add(_byDay[i].Score);
        return scores.Count == 0 ? MetricValue.Missing : new MetricValue(aggregate(scores), scores.Count);
    }

    public override MetricSource Restrict(IReadOnlySet<string> clients) => new SampleSource([.. _byDay.Where(s => clients.Contains(s.ClientId))], aggregate);

    public override IReadOnlyList<decimal>? PerClient(DateOnly start, DateOnly end) =>
        [.. _byDay.Where(s => s.Day >= start && s.Day <= end).GroupBy(s => s.ClientId, StringComparer.Ordinal)
            .Select(g => aggregate([.. g.Select(s => s.Score)])).OfType<decimal>()];

    private int FirstOnOrAfter(DateOnly day)
    {
        int low = 0, high = _byDay.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (_byDay[mid].Day < day)
                low = mid + 1;
            else
                high = mid;
        }

        return low;
    }
}
