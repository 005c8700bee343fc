using System.Globalization;
using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Common;
using FluentValidation;

namespace CsMcp.Application.Features.Health.TrackUsageEngagement;

public sealed class TrackUsageEngagementValidator : ToolValidator<TrackUsageEngagement>
{
    public TrackUsageEngagementValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.PeriodStart).NotEqual(default(DateOnly)).WithMessage("'{PropertyName}' is required (a date, yyyy-MM-dd).");
        RuleFor(r => r.PeriodEnd).NotEqual(default(DateOnly)).WithMessage("'{PropertyName}' is required (a date, yyyy-MM-dd).");
        RuleFor(r => r.PeriodEnd).GreaterThan(r => r.PeriodStart)
            .When(r => r.PeriodStart != default && r.PeriodEnd != default)
            .WithMessage(r => $"'period_end' ({Day(r.PeriodEnd)}) must be after period_start ({Day(r.PeriodStart)}).");
        RuleFor(r => r.PeriodEnd)
            .Must((r, end) => end.DayNumber - r.PeriodStart.DayNumber + 1 <= TrackUsageEngagementHandler.MaxPeriodDays)
            .When(r => r.PeriodStart != default && r.PeriodEnd > r.PeriodStart)
            .WithMessage(r => $"The period may span at most {TrackUsageEngagementHandler.MaxPeriodDays} days (period_start to period_end, both included); got {r.PeriodEnd.DayNumber - r.PeriodStart.DayNumber + 1}.");
        RuleFor(r => r.Granularity).NotNull().WithMessage($"'{{PropertyName}}' must be one of: {EnumCodes<TrendGranularity>.AllowedList} (case-insensitive).");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
