using FluentValidation;

namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>The reference's period rule: both dates YYYY-MM-DD, start before or on end, end not after today; days inclusive.</summary>
public readonly record struct FeedbackPeriod(DateOnly Start, DateOnly End)
{
    public const int MaxDays = 730;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public DateTime From => Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>Exclusive upper bound: the day after End.</summary>
    public DateTime Until => End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The period of the same length just before this one.</summary>
    public FeedbackPeriod Previous => new(Start.AddDays(-Days), Start.AddDays(-1));

    public static FeedbackPeriod Of(DateOnly? start, DateOnly? end, DateOnly today, int defaultDays)
    {
        var last = end ?? today;
        return new FeedbackPeriod(start ?? last.AddDays(-defaultDays), last);
    }
}

public static class FeedbackPeriodRules
{
    public static void AddPeriodRules<T>(this AbstractValidator<T> validator, Func<T, DateOnly?> start, Func<T, DateOnly?> end, Func<DateOnly> today)
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(r => end(r)).Must(e => e is null || e.Value <= today()).OverridePropertyName("period_end")
            .WithMessage(r => $"'period_end' must not be in the future (today is {today():yyyy-MM-dd}); got {end(r):yyyy-MM-dd}.");
        validator.RuleFor(r => start(r)).Must((r, s) => s is null || s.Value <= (end(r) ?? today())).OverridePropertyName("period_start")
            .WithMessage(r => $"'period_start' must be on or before period_end ({end(r) ?? today():yyyy-MM-dd}); got {start(r):yyyy-MM-dd}.");
        validator.RuleFor(r => start(r)).Must((r, s) => s is null || (end(r) ?? today()).DayNumber - s.Value.DayNumber < FeedbackPeriod.MaxDays)
            .OverridePropertyName("period_start")
            .WithMessage($"'period_start' must be at most {FeedbackPeriod.MaxDays} days before period_end; give a later start.");
    }
}
