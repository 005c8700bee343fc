using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Clients;
using FluentValidation;

namespace CsMcp.Application.Features.Health.Portfolio;

public static class PortfolioFilterRules
{
    public const int MaxLimit = 1000;
    public const decimal MaxArr = 1_000_000_000_000m;

    /// <summary>The filter rules of list_clients plus the ARR range, with the same messages.</summary>
    public static void AddPortfolioFilterRules<T>(this AbstractValidator<T> validator) where T : IPortfolioFilter
    {
        validator.RuleFor(r => r.TierFilter).OneOf<T, ClientTier>();
        validator.RuleFor(r => r.LifecycleStageFilter).OneOf<T, LifecycleStage>();
        validator.RuleFor(r => r.ArrMin).InclusiveBetween(0, MaxArr).WithMessage($"'{{PropertyName}}' must be between 0 and {MaxArr:0} (USD per year); got {{PropertyValue}}.");
        validator.RuleFor(r => r.ArrMax).InclusiveBetween(0, MaxArr).WithMessage($"'{{PropertyName}}' must be between 0 and {MaxArr:0} (USD per year); got {{PropertyValue}}.");
        validator.RuleFor(r => r.ArrMax).GreaterThanOrEqualTo(r => r.ArrMin)
            .When(r => r.ArrMin is not null && r.ArrMax is not null)
            .WithMessage("'{PropertyName}' ({PropertyValue}) must be at least arr_min ({ComparisonValue}).");
        validator.RuleFor(r => r.HealthScoreMin).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        validator.RuleFor(r => r.HealthScoreMax).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        validator.RuleFor(r => r.HealthScoreMax).GreaterThanOrEqualTo(r => r.HealthScoreMin)
            .When(r => r.HealthScoreMin is not null && r.HealthScoreMax is not null)
            .WithMessage("'{PropertyName}' ({PropertyValue}) must be at least health_score_min ({ComparisonValue}).");
    }

    public static void AddPagingRules<T>(this AbstractValidator<T> validator) where T : IPagedRequest
    {
        validator.RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        validator.RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
    }
}
