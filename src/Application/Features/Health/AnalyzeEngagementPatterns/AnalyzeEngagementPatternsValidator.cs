using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using FluentValidation;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

public sealed class AnalyzeEngagementPatternsValidator : ToolValidator<AnalyzeEngagementPatterns>
{
    public const int MaxLimit = 1000;

    public AnalyzeEngagementPatternsValidator()
    {
        RuleFor(r => r.AnalysisScope).Must(s => s is not null && AnalysisScopes.All.Contains(s.Trim().ToLowerInvariant()))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", AnalysisScopes.All)} (case-insensitive); got '{{PropertyValue}}'.");
        RuleFor(r => r.LookbackPeriodDays).InclusiveBetween(7, 365).WithMessage("'{PropertyName}' must be between 7 and 365; got {PropertyValue}.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.PatternTypes).Custom((types, context) =>
        {
            if (types is null)
                return;
            if (types.Count == 0)
                context.AddFailure("pattern_types", $"'pattern_types' must list at least one of: {string.Join(", ", PatternTypes.All)}; omit it for all four.");
            foreach (var type in types.Where(t => t is null || !PatternTypes.All.Contains(t.Trim().ToLowerInvariant())))
                context.AddFailure("pattern_types", $"'pattern_types' may only contain: {string.Join(", ", PatternTypes.All)} (case-insensitive); got '{type}'.");
        });
        RuleFor(r => r.ScopeFilter).Custom((filter, context) => ValidateFilter(context.InstanceToValidate.AnalysisScope?.Trim().ToLowerInvariant(), filter, context));
    }

    private static void ValidateFilter(string? scope, EngagementScopeFilter? filter, ValidationContext<AnalyzeEngagementPatterns> context)
    {
        foreach (var field in filter?.UnknownFields?.Keys ?? Enumerable.Empty<string>())
            context.AddFailure($"scope_filter.{field}", $"'{field}' is not a scope filter. Allowed: client_id (individual); health_min, health_max, tier, lifecycle_stage (segment).");
        switch (scope)
        {
            case AnalysisScopes.AllCustomers when filter is not null && (filter.ClientId is not null || filter.HasSegmentCondition):
                context.AddFailure("scope_filter", "'scope_filter' applies only to analysis_scope segment or individual; omit it for all_customers.");
                break;
            case AnalysisScopes.Individual:
                if (filter?.ClientId is null)
                    context.AddFailure("scope_filter.client_id", "'scope_filter.client_id' is required for analysis_scope individual.");
                else if (ClientIdentifier.Validate(filter.ClientId) is { } broken)
                    context.AddFailure("scope_filter.client_id", $"'scope_filter.client_id' {broken}.");
                if (filter?.HasSegmentCondition == true)
                    context.AddFailure("scope_filter", "analysis_scope individual takes only scope_filter.client_id; health_min, health_max, tier and lifecycle_stage apply to segment.");
                break;
            case AnalysisScopes.Segment:
                if (filter?.HasSegmentCondition != true)
                    context.AddFailure("scope_filter", "analysis_scope segment needs at least one of scope_filter.health_min, health_max, tier, lifecycle_stage.");
                if (filter?.ClientId is not null)
                    context.AddFailure("scope_filter.client_id", "'scope_filter.client_id' applies only to analysis_scope individual.");
                if (filter is not null)
                    ValidateSegment(filter, context);
                break;
        }
    }

    private static void ValidateSegment(EngagementScopeFilter filter, ValidationContext<AnalyzeEngagementPatterns> context)
    {
        if (filter.HealthMin is < 0 or > 100)
            context.AddFailure("scope_filter.health_min", $"'scope_filter.health_min' must be between 0 and 100; got {filter.HealthMin}.");
        if (filter.HealthMax is < 0 or > 100)
            context.AddFailure("scope_filter.health_max", $"'scope_filter.health_max' must be between 0 and 100; got {filter.HealthMax}.");
        if (filter.HealthMin is { } min && filter.HealthMax is { } max && max < min)
            context.AddFailure("scope_filter.health_max", $"'scope_filter.health_max' ({max}) must be at least health_min ({min}).");
        if (filter.Tier is not null && !EnumCodes<ClientTier>.TryParse(filter.Tier, out _))
            context.AddFailure("scope_filter.tier", $"'scope_filter.tier' must be one of: {EnumCodes<ClientTier>.AllowedList} (case-insensitive); got '{filter.Tier}'.");
        if (filter.LifecycleStage is not null && !EnumCodes<LifecycleStage>.TryParse(filter.LifecycleStage, out _))
            context.AddFailure("scope_filter.lifecycle_stage", $"'scope_filter.lifecycle_stage' must be one of: {EnumCodes<LifecycleStage>.AllowedList} (case-insensitive); got '{filter.LifecycleStage}'.");
    }
}
