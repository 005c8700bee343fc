using CsMcp.Domain.Common;
using CsMcp.Domain.Surveys;

namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>Small deterministic statistics over stored values; every function returns null for an empty input instead of a made-up value.</summary>
public static class Stats
{
    public static decimal? Average(IEnumerable<int> values)
    {
        var list = values as IReadOnlyCollection<int> ?? values.ToList();
        return list.Count == 0 ? null : Rounding.Average((decimal)list.Sum() / list.Count);
    }

    public static decimal? Ratio(long part, long whole) =>
        whole == 0 ? null : Rounding.Ratio(part / (decimal)whole);

    public static decimal? Percent(decimal part, decimal whole) =>
        whole == 0 ? null : Rounding.Percent(part / whole * 100m);

    /// <summary>Nearest-rank percentile (p in 0-100) of sorted values; null when there are none.</summary>
    public static T? Percentile<T>(IReadOnlyList<T> sorted, int p) where T : struct
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
        return sorted.Count % 2 == 1 ? sorted[mid] : Rounding.Average((sorted[mid - 1] + sorted[mid]) / 2m);
    }

    /// <summary>Median of sorted decimal values (mean of the middle two for an even count), one decimal.</summary>
    public static decimal? Median(IReadOnlyList<decimal> sorted)
    {
        if (sorted.Count == 0)
            return null;
        var mid = sorted.Count / 2;
        return Rounding.Average(sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m);
    }

    /// <summary>Net Promoter Score (<see cref="SurveyScales.NetPromoterScore"/>) with one decimal; null without responses.</summary>
    public static decimal? Nps(int promoters, int detractors, int responses) =>
        SurveyScales.NetPromoterScore(promoters, detractors, responses) is { } nps ? Rounding.Percent(nps) : null;
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
