using CsMcp.Application.Common.Validation;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.ScoreRiskFactors;

public sealed class ScoreRiskFactorsValidator : ToolValidator<ScoreRiskFactors>
{
    public ScoreRiskFactorsValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.DaysLookback).InclusiveBetween(7, 180).WithMessage("'{PropertyName}' must be between 7 and 180 days; got {PropertyValue}.");
    }
}
