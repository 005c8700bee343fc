namespace CsMcp.Application.Common.Integrations.Analytics;

public enum AnalyticsInterval
{
    Day,
    Week,
    Month,
}

public enum AnalyticsMeasure
{
    /// <summary>Number of events.</summary>
    Events,

    /// <summary>Number of distinct users who did the event in each period.</summary>
    ActiveUsers,
}

/// <summary>
/// Counts of one event between two dates (inclusive), per period, optionally split by an event property
/// (<see cref="GroupByProperty"/>, e.g. the client id) and filtered to one property value or one distinct id.
/// </summary>
public sealed record AnalyticsCountQuery
{
    public required string EventName { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public AnalyticsInterval Interval { get; init; } = AnalyticsInterval.Day;

    public string? GroupByProperty { get; init; }

    public string? FilterProperty { get; init; }

    public string? FilterValue { get; init; }

    public string? DistinctId { get; init; }
}

public sealed record AnalyticsPoint(DateOnly PeriodStart, long Count);

/// <summary>
/// One series: <see cref="Group"/> is the property value (or the event name when not grouped).
/// <see cref="SumOfPeriods"/> adds the periods up; for <see cref="AnalyticsMeasure.ActiveUsers"/> a user active in
/// several periods is counted once per period.
/// </summary>
public sealed record AnalyticsSeries(string Group, IReadOnlyList<AnalyticsPoint> Points, long SumOfPeriods);

public sealed record AnalyticsCounts(
    string EventName,
    AnalyticsMeasure Measure,
    AnalyticsInterval Interval,
    DateOnly From,
    DateOnly To,
    string? GroupByProperty,
    IReadOnlyList<AnalyticsSeries> Series);

/// <summary>
/// One group's product usage in one calendar month (the last one cut at the query's end date): distinct active users in
/// the period, events, and the averages of the daily and weekly distinct-user counts (weeks starting in the period).
/// </summary>
public sealed record AnalyticsGroupUsage(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    long ActiveUsers,
    long Events,
    decimal AverageDailyActiveUsers,
    decimal AverageWeeklyActiveUsers);
