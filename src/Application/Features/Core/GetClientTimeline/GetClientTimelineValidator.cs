using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using FluentValidation;

namespace CsMcp.Application.Features.Core.GetClientTimeline;

public sealed class GetClientTimelineValidator : ToolValidator<GetClientTimeline>
{
    public const int MaxLimit = 1000;

    public GetClientTimelineValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.EndDate).Must((r, end) => r.StartDate is null || end is null || end >= r.StartDate)
            .WithMessage(r => $"'end_date' ({r.EndDate:yyyy-MM-dd}) must not be before start_date ({r.StartDate:yyyy-MM-dd}).");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
    }
}
