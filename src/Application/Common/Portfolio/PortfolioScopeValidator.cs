using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Clients;
using FluentValidation;

namespace CsMcp.Application.Common.Portfolio;

/// <summary>
/// The rules of every portfolio filter, once. <see cref="ToolValidator{TRequest}"/> includes it in the validator of every
/// request that derives from <see cref="PortfolioScope"/>; the closed sets (tiers, lifecycle stages) come from their attributes.
/// </summary>
public sealed class PortfolioScopeValidator : ToolValidator<PortfolioScope>
{
    public const decimal MaxArr = 1_000_000_000_000m;
    public const int MaxListLength = 50;
    public const int MaxRenewalWithinDays = 730;

    // Declared before Instance: static fields initialise in order, and the constructor reads these.
    private static readonly string TooMany = $"'{{PropertyName}}' takes at most {MaxListLength} values.";
    private static readonly string ArrRange = $"'{{PropertyName}}' must be between 0 and {MaxArr:0} (USD per year); got {{PropertyValue}}.";

    public static PortfolioScopeValidator Instance { get; } = new();

    public PortfolioScopeValidator()
    {
        RuleFor(r => r.Tiers).Must(v => v is null || v.Count <= MaxListLength).WithMessage(TooMany);
        RuleFor(r => r.LifecycleStages).Must(v => v is null || v.Count <= MaxListLength).WithMessage(TooMany);
        RuleFor(r => r.Industries).Must(v => v is null || v.Count <= MaxListLength).WithMessage(TooMany);
        RuleForEach(r => r.Industries).RequiredText(Client.MaxIndustryLength);
        RuleFor(r => r.Csm).OptionalText(Client.MaxNameLength);
        RuleFor(r => r.ArrMin).InclusiveBetween(0, MaxArr).WithMessage(ArrRange);
        RuleFor(r => r.ArrMax).InclusiveBetween(0, MaxArr).WithMessage(ArrRange);
        RuleFor(r => r.ArrMax).GreaterThanOrEqualTo(r => r.ArrMin)
            .When(r => r.ArrMin is not null && r.ArrMax is not null)
            .WithMessage("'{PropertyName}' ({PropertyValue}) must be at least arr_min ({ComparisonValue}).");
        RuleFor(r => r.HealthScoreMin).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        RuleFor(r => r.HealthScoreMax).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        RuleFor(r => r.HealthScoreMax).GreaterThanOrEqualTo(r => r.HealthScoreMin)
            .When(r => r.HealthScoreMin is not null && r.HealthScoreMax is not null)
            .WithMessage("'{PropertyName}' ({PropertyValue}) must be at least health_score_min ({ComparisonValue}).");
        RuleFor(r => r.RenewalWithinDays).InclusiveBetween(1, MaxRenewalWithinDays)
            .WithMessage($"'{{PropertyName}}' must be between 1 and {MaxRenewalWithinDays} days; got {{PropertyValue}}.");
    }
}
