using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using FluentValidation;

namespace CsMcp.Application.Features.Health.CalculateHealthScore;

public sealed class CalculateHealthScoreValidator : ToolValidator<CalculateHealthScore>
{
    public const int MaxLimit = 500;

    public CalculateHealthScoreValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.ScoringModel).NotNull().WithMessage($"'{{PropertyName}}' must be one of: {EnumCodes<ScoringModel>.AllowedList}.");
        RuleFor(r => r.ComponentWeights).NotNull().When(IsCustom)
            .WithMessage("'{PropertyName}' is required when scoring_model is custom: give usage_weight, engagement_weight, support_weight, satisfaction_weight and payment_weight (each 0-1, summing to 1).");
        RuleFor(r => r.ComponentWeights).Null().When(r => !IsCustom(r))
            .WithMessage("'{PropertyName}' is used only with scoring_model custom; set scoring_model to custom or omit component_weights.");
        RuleFor(r => r.ComponentWeights).Custom((weights, context) =>
        {
            if (weights is null || !IsCustom(context.InstanceToValidate))
                return;
            var missing = new List<string>();
            if (weights.UsageWeight is null) missing.Add("usage_weight");
            if (weights.EngagementWeight is null) missing.Add("engagement_weight");
            if (weights.SupportWeight is null) missing.Add("support_weight");
            if (weights.SatisfactionWeight is null) missing.Add("satisfaction_weight");
            if (weights.PaymentWeight is null) missing.Add("payment_weight");
            if (missing.Count > 0)
            {
                context.AddFailure($"'{context.DisplayName}' must give all five weights; missing: {string.Join(", ", missing)}.");
                return;
            }

            foreach (var error in CalculateHealthScoreHandler.ToWeights(weights).Validate(c => $"{EnumCodes<HealthComponent>.ToCode(c)}_weight", "the weights"))
                context.AddFailure($"'{context.DisplayName}': {error}.");
        });
        RuleFor(r => r.LookbackPeriodDays).InclusiveBetween(HealthInputs.MinLookbackDays, HealthInputs.MaxLookbackDays)
            .WithMessage("'{PropertyName}' must be between 1 and 365; got {PropertyValue}.");
        RuleFor(r => r.RiskThreshold).InclusiveBetween(0m, 100m).WithMessage("'{PropertyName}' must be between 0 and 100; got {PropertyValue}.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
        RuleFor(r => r.ClientId).Null().When(r => r.HasAnyFilter())
            .WithMessage("'{PropertyName}' cannot be combined with the portfolio filters (tiers, lifecycle_stages, industries, csm, arr_min, arr_max, health_score_min, health_score_max, renewal_within_days): they select the clients of a portfolio recalculation; omit client_id or the filters.");
    }

    private static bool IsCustom(CalculateHealthScore r) =>
        EnumCodes<ScoringModel>.TryParse(r.ScoringModel, out var model) && model == ScoringModel.Custom;
}
