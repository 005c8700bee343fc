using CsMcp.Application.Common.Validation;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.MonitorSatisfaction;

public sealed class MonitorSatisfactionValidator : ToolValidator<MonitorSatisfaction>
{
    public const int MaxPeriodDays = 730;
    public const int MaxDetractors = 200;

    public MonitorSatisfactionValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.TimePeriodDays).InclusiveBetween(1, MaxPeriodDays).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxPeriodDays}; got {{PropertyValue}}.");
        RuleFor(r => r.DetractorLimit).InclusiveBetween(0, MaxDetractors).WithMessage($"'{{PropertyName}}' must be between 0 and {MaxDetractors}; got {{PropertyValue}}.");
    }
}
