using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Features;
using FluentValidation;

namespace CsMcp.Application.Features.Health.TrackFeatureAdoption;

public sealed class TrackFeatureAdoptionValidator : ToolValidator<TrackFeatureAdoption>
{
    public TrackFeatureAdoptionValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.FeatureId).Must(f => f is null || (f.Length is > 0 and <= Feature.MaxFeatureIdLength && !string.IsNullOrWhiteSpace(f)))
            .WithMessage($"'{{PropertyName}}' must be a feature id like feat_reports (1-{Feature.MaxFeatureIdLength} characters); got '{{PropertyValue}}'.");
        RuleFor(r => r.TimePeriodDays).InclusiveBetween(1, 365).WithMessage("'{PropertyName}' must be between 1 and 365; got {PropertyValue}.");
        RuleFor(r => r.AdoptionThreshold).InclusiveBetween(0m, 1m).WithMessage("'{PropertyName}' must be between 0 and 1 (a share of clients); got {PropertyValue}.");
        this.AddPagingRules();
    }
}
