using System.Text.RegularExpressions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using FluentValidation;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

public sealed partial class SegmentCustomersValidator : ToolValidator<SegmentCustomers>
{
    public const int MaxSegments = 20;
    public const int MaxMinSegmentSize = 100_000;

    public SegmentCustomersValidator()
    {
        RuleFor(r => r.SegmentationType).Must(t => t is not null && SegmentationTypes.All.Contains(t.Trim().ToLowerInvariant()))
            .WithMessage($"'{{PropertyName}}' must be one of: {string.Join(", ", SegmentationTypes.All)} (case-insensitive); got '{{PropertyValue}}'.");
        RuleFor(r => r.MinSegmentSize).InclusiveBetween(1, MaxMinSegmentSize)
            .WithMessage($"'{{PropertyName}}' must be between 1 and {MaxMinSegmentSize}; got {{PropertyValue}}.");
        RuleFor(r => r.SegmentId).Matches(SegmentIdPattern()).When(r => r.SegmentId is not null)
            .WithMessage("'{PropertyName}' must be a segment id from this result's segments (lowercase letters, digits, underscores); got '{PropertyValue}'.");
        this.AddPagingRules();

        RuleFor(r => r.Criteria).Custom((criteria, context) =>
        {
            var type = context.InstanceToValidate.SegmentationType?.Trim().ToLowerInvariant();
            foreach (var field in criteria?.UnknownFields?.Keys ?? Enumerable.Empty<string>())
                context.AddFailure($"criteria.{field}", $"'{field}' is not a criterion. Allowed: industries (industry), segments (custom).");
            if (type == SegmentationTypes.Custom && criteria?.Segments is not { Count: > 0 })
                context.AddFailure("criteria.segments", $"'segments' is required for custom segmentation: 1-{MaxSegments} objects with segment_id, name and at least one condition.");
            if (type != SegmentationTypes.Custom && criteria?.Segments is not null)
                context.AddFailure("criteria.segments", "'segments' applies only to segmentation_type custom.");
            if (type != SegmentationTypes.Industry && criteria?.Industries is not null)
                context.AddFailure("criteria.industries", "'industries' applies only to segmentation_type industry.");
            if (criteria?.Industries is { } industries && (industries.Count == 0 || industries.Any(string.IsNullOrWhiteSpace)))
                context.AddFailure("criteria.industries", "'industries' must list at least one non-blank industry when given.");
            if (criteria?.Segments is { } segments)
                ValidateSegments(segments, context);
        });
    }

    private static void ValidateSegments(IReadOnlyList<CustomSegmentRule> segments, ValidationContext<SegmentCustomers> context)
    {
        if (segments.Count > MaxSegments)
            context.AddFailure("criteria.segments", $"'segments' may hold at most {MaxSegments} segments; got {segments.Count}.");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            var at = $"criteria.segments[{i}]";
            if (s is null)
            {
                context.AddFailure(at, $"'{at}' must be an object with segment_id, name and at least one condition.");
                continue;
            }

            foreach (var field in s.UnknownFields?.Keys ?? Enumerable.Empty<string>())
                context.AddFailure($"{at}.{field}", $"'{field}' is not a segment condition. Allowed: segment_id, name, tiers, lifecycle_stages, industries, arr_min, arr_max, health_score_min, health_score_max.");
            if (string.IsNullOrWhiteSpace(s.SegmentId) || !SegmentIdPattern().IsMatch(s.SegmentId))
                context.AddFailure($"{at}.segment_id", $"'segment_id' must be 1-50 lowercase letters, digits or underscores; got '{s.SegmentId}'.");
            else if (!seen.Add(s.SegmentId))
                context.AddFailure($"{at}.segment_id", $"'segment_id' '{s.SegmentId}' is used by more than one segment; ids must be unique.");
            if (string.IsNullOrWhiteSpace(s.Name) || s.Name.Length > 100)
                context.AddFailure($"{at}.name", "'name' is required, 1-100 characters.");
            if (!s.HasCondition)
                context.AddFailure(at, $"'{at}' has no condition; give at least one of tiers, lifecycle_stages, industries, arr_min, arr_max, health_score_min, health_score_max.");
            foreach (var tier in s.Tiers ?? [])
            {
                if (!EnumCodes<ClientTier>.TryParse(tier, out _))
                    context.AddFailure($"{at}.tiers", $"'tiers' must contain only: {EnumCodes<ClientTier>.AllowedList}; got '{tier}'.");
            }

            foreach (var stage in s.LifecycleStages ?? [])
            {
                if (!EnumCodes<LifecycleStage>.TryParse(stage, out _))
                    context.AddFailure($"{at}.lifecycle_stages", $"'lifecycle_stages' must contain only: {EnumCodes<LifecycleStage>.AllowedList}; got '{stage}'.");
            }

            if (s.Industries is { } industries && industries.Any(string.IsNullOrWhiteSpace))
                context.AddFailure($"{at}.industries", "'industries' must not contain blank entries.");
            if (s.ArrMin is < 0 || s.ArrMax is < 0)
                context.AddFailure(at, "'arr_min' and 'arr_max' must be 0 or more.");
            if (s.ArrMin is { } arrMin && s.ArrMax is { } arrMax && arrMax < arrMin)
                context.AddFailure($"{at}.arr_max", $"'arr_max' ({arrMax}) must be at least arr_min ({arrMin}).");
            if (s.HealthScoreMin is < 0 or > 100 || s.HealthScoreMax is < 0 or > 100)
                context.AddFailure(at, "'health_score_min' and 'health_score_max' must be between 0 and 100.");
            if (s.HealthScoreMin is { } hMin && s.HealthScoreMax is { } hMax && hMax < hMin)
                context.AddFailure($"{at}.health_score_max", $"'health_score_max' ({hMax}) must be at least health_score_min ({hMin}).");
        }
    }

    [GeneratedRegex("^[a-z0-9_]{1,50}$")]
    private static partial Regex SegmentIdPattern();
}
