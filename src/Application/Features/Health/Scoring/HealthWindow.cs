namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// The lookback window facts are gathered over: timestamps in (<see cref="Start"/>, <see cref="End"/>], days in
/// [<see cref="FirstDay"/>, <see cref="LastDay"/>]. Ending at an as-of instant, so a past snapshot sees the data as it was then.
/// Windows cover whole UTC days: a calculation today looks at the <see cref="LookbackDays"/> days ending today, so the
/// facts depend only on the stored data and the day, and the same arguments on unchanged data give the same answer all day.
/// </summary>
public sealed record HealthWindow(DateTime End, int LookbackDays)
{
    /// <summary>The last second of a day: the end of a window ending on that day.</summary>
    public static readonly TimeOnly EndOfDay = new(23, 59, 59);

    public static HealthWindow EndingOn(DateOnly day, int lookbackDays) => new(day.ToDateTime(EndOfDay, DateTimeKind.Utc), lookbackDays);

    public DateTime Start => End.AddDays(-LookbackDays);

    public DateOnly LastDay => DateOnly.FromDateTime(End);

    public DateOnly FirstDay => LastDay.AddDays(1 - LookbackDays);

    /// <summary>The window of the same length that ends the day before this one starts.</summary>
    public HealthWindow Previous => EndingOn(FirstDay.AddDays(-1), LookbackDays);
}
