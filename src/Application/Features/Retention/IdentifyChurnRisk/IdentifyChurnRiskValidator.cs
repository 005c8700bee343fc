using CsMcp.Application.Common.Validation;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.IdentifyChurnRisk;

public sealed class IdentifyChurnRiskValidator : ToolValidator<IdentifyChurnRisk>
{
    public IdentifyChurnRiskValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.LifecycleStages).Must(s => s is null || !s.Any(v => v?.Trim().Equals("churned", StringComparison.OrdinalIgnoreCase) == true))
            .WithMessage("'lifecycle_stages' cannot include churned: churned clients have no churn risk. Use analyze_churn_postmortem for them.");
        RuleFor(r => r.ChurnProbabilityThreshold).InclusiveBetween(0m, 1m).WithMessage("'{PropertyName}' must be between 0 and 1; got {PropertyValue}.");
        RuleFor(r => r.HealthScoreThreshold).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        RuleFor(r => r.DaysLookback).InclusiveBetween(7, 180).WithMessage("'{PropertyName}' must be between 7 and 180 days; got {PropertyValue}.");
        RuleFor(r => r.Limit).InclusiveBetween(1, 200).WithMessage("'{PropertyName}' must be between 1 and 200; got {PropertyValue}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
    }
}
