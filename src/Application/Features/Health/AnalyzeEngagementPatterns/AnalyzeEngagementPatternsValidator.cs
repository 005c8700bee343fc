using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Common;
using CsMcp.Domain.Clients;
using FluentValidation;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

public sealed class AnalyzeEngagementPatternsValidator : ToolValidator<AnalyzeEngagementPatterns>
{
    public const int MaxLimit = 1000;

    public AnalyzeEngagementPatternsValidator()
    {
        RuleFor(r => r.AnalysisScope).NotNull().WithMessage($"'{{PropertyName}}' must be one of: {EnumCodes<AnalysisScope>.AllowedList}.");
        RuleFor(r => r.LookbackPeriodDays).InclusiveBetween(7, 365).WithMessage("'{PropertyName}' must be between 7 and 365; got {PropertyValue}.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.PatternTypes).Must(t => t is null || t.Count > 0)
            .WithMessage($"'pattern_types' must list at least one of: {EnumCodes<PatternType>.AllowedList}; omit it for all four.");
        RuleFor(r => r.ScopeFilter!).SetValidator(new PatternScopeFilterValidator()).When(r => r.ScopeFilter is not null);
        RuleFor(r => r.ScopeFilter).Custom((filter, context) =>
        {
            if (EnumCodes<AnalysisScope>.TryParse(context.InstanceToValidate.AnalysisScope, out var scope))
                ValidateFilter(scope, filter, context);
        });
    }

    private static void ValidateFilter(AnalysisScope scope, PatternScopeFilter? filter, ValidationContext<AnalyzeEngagementPatterns> context)
    {
        switch (scope)
        {
            case AnalysisScope.AllCustomers when filter is not null && (filter.ClientId is not null || filter.HasAnyFilter()):
                context.AddFailure("scope_filter", "'scope_filter' applies only to analysis_scope segment or individual; omit it for all_customers.");
                break;
            case AnalysisScope.Individual:
                if (filter?.ClientId is null)
                    context.AddFailure("scope_filter.client_id", "'scope_filter.client_id' is required for analysis_scope individual.");
                else if (ClientIdentifier.Validate(filter.ClientId) is { } broken)
                    context.AddFailure("scope_filter.client_id", $"'scope_filter.client_id' {broken}.");
                if (filter?.HasAnyFilter() == true)
                    context.AddFailure("scope_filter", "analysis_scope individual takes only scope_filter.client_id; the portfolio filters apply to segment.");
                break;
            case AnalysisScope.Segment:
                if (filter?.HasAnyFilter() != true)
                    context.AddFailure("scope_filter", "analysis_scope segment needs at least one portfolio filter in scope_filter, e.g. health_score_min or tiers.");
                if (filter?.ClientId is not null)
                    context.AddFailure("scope_filter.client_id", "'scope_filter.client_id' applies only to analysis_scope individual.");
                break;
        }
    }
}
