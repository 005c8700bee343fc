using System.Globalization;

namespace CsMcp.Domain.Metrics;

/// <summary>One calendar bucket of a series, both ends inclusive days; the first and last are clipped to the period.</summary>
public readonly record struct MetricBucket(string Label, DateOnly Start, DateOnly End)
{
    /// <summary>
    /// The calendar-aligned buckets covering [start, end] in order: labels 2026-11-30 (day), 2026-W48 (ISO week and its
    /// ISO year), 2026-11 (month), 2026-Q4 (quarter).
    /// </summary>
    public static IReadOnlyList<MetricBucket> Cover(DateOnly start, DateOnly end, MetricGranularity granularity)
    {
        if (end < start)
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The period end must not be before its start ({start:yyyy-MM-dd}).");
        var buckets = new List<MetricBucket>();
        for (var day = start; day <= end;)
        {
            var (first, last) = Calendar(day, granularity);
            var bucketEnd = last < end ? last : end;
            buckets.Add(new MetricBucket(LabelOf(first, granularity), day, bucketEnd));
            day = bucketEnd.AddDays(1);
        }

        return buckets;
    }

    private static (DateOnly First, DateOnly Last) Calendar(DateOnly day, MetricGranularity granularity)
    {
        switch (granularity)
        {
            case MetricGranularity.Daily:
                return (day, day);
            case MetricGranularity.Weekly:
                var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
                return (monday, monday.AddDays(6));
            case MetricGranularity.Monthly:
                var month = new DateOnly(day.Year, day.Month, 1);
                return (month, month.AddMonths(1).AddDays(-1));
            default:
                var quarter = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return (quarter, quarter.AddMonths(3).AddDays(-1));
        }
    }

    private static string LabelOf(DateOnly first, MetricGranularity granularity) => granularity switch
    {
        MetricGranularity.Daily => first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        MetricGranularity.Weekly => string.Create(CultureInfo.InvariantCulture,
            $"{ISOWeek.GetYear(first.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(first.ToDateTime(TimeOnly.MinValue)):D2}"),
        MetricGranularity.Monthly => first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{first.Year}-Q{((first.Month - 1) / 3) + 1}"),
    };
}
