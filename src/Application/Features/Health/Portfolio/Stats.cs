namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>Small deterministic statistics over stored values; every function returns null for an empty input instead of a made-up value.</summary>
public static class Stats
{
    public static decimal? Average(IEnumerable<int> values)
    {
        var list = values as IReadOnlyCollection<int> ?? values.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Sum() / list.Count, 1);
    }

    public static decimal? Ratio(long part, long whole, int decimals = 4) =>
        whole == 0 ? null : Math.Round(part / (decimal)whole, decimals);

    public static decimal? Percent(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part / whole * 100m, 1);

    /// <summary>Nearest-rank percentile (p in 0-100) of the values; null when there are none.</summary>
    public static int? Percentile(IReadOnlyList<int> sorted, int p)
    {
        if (sorted.Count == 0)
            return null;
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Median of sorted values (mean of the middle two for an even count), one decimal.</summary>
    public static decimal? Median(IReadOnlyList<int> sorted)
    {
        if (sorted.Count == 0)
            return null;
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : Math.Round((sorted[mid - 1] + sorted[mid]) / 2m, 1);
    }

    /// <summary>Net Promoter Score, % promoters minus % detractors, -100 to 100; null without responses.</summary>
    public static decimal? Nps(int promoters, int detractors, int responses) =>
        responses == 0 ? null : Math.Round((promoters - detractors) * 100m / responses, 1);
}

/// <summary>Distribution of a set of day counts.</summary>
public sealed record DayStats(int SampleSize, decimal? AverageDays, decimal? MedianDays, int? P25Days, int? P75Days, int? P90Days, int? MinDays, int? MaxDays)
{
    public static DayStats From(IEnumerable<int> days)
    {
        var sorted = days.Order().ToList();
        return new DayStats(sorted.Count, Stats.Average(sorted), Stats.Median(sorted), Stats.Percentile(sorted, 25), Stats.Percentile(sorted, 75),
            Stats.Percentile(sorted, 90), sorted.Count == 0 ? null : sorted[0], sorted.Count == 0 ? null : sorted[^1]);
    }
}
