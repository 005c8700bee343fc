using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Clients;
using FluentValidation;

namespace CsMcp.Application.Features.Core.ListClients;

public sealed class ListClientsValidator : ToolValidator<ListClients>
{
    public const int MaxLimit = 1000;

    public ListClientsValidator()
    {
        RuleFor(r => r.TierFilter).OneOf<ListClients, ClientTier>();
        RuleFor(r => r.LifecycleStageFilter).OneOf<ListClients, LifecycleStage>();
        RuleFor(r => r.HealthScoreMin).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        RuleFor(r => r.HealthScoreMax).InclusiveBetween(0, 100).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        RuleFor(r => r.HealthScoreMax).GreaterThanOrEqualTo(r => r.HealthScoreMin)
            .When(r => r.HealthScoreMin is not null && r.HealthScoreMax is not null)
            .WithMessage("'{PropertyName}' ({PropertyValue}) must be at least health_score_min ({ComparisonValue}).");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
    }
}
