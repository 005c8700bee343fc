using CsMcp.Application.Common.Results;
using System.Text.RegularExpressions;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Common;
using FluentValidation;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

public sealed partial class SegmentCustomersValidator : ToolValidator<SegmentCustomers>
{
    public const int MaxSegments = 20;
    public const int MaxMinSegmentSize = 100_000;

    public SegmentCustomersValidator()
    {
        RuleFor(r => r.SegmentationType).NotNull().WithMessage($"'{{PropertyName}}' must be one of: {EnumCodes<SegmentationType>.AllowedList}.");
        RuleFor(r => r.MinSegmentSize).InclusiveBetween(1, MaxMinSegmentSize)
            .WithMessage($"'{{PropertyName}}' must be between 1 and {MaxMinSegmentSize}; got {{PropertyValue}}.");
        RuleFor(r => r.SegmentId).Matches(SegmentIdPattern()).When(r => r.SegmentId is not null)
            .WithMessage("'{PropertyName}' must be a segment id from this result's segments (lowercase letters, digits, underscores); got '{PropertyValue}'.");
        this.AddPagingRules();
        RuleFor(r => r.Criteria!).SetValidator(new SegmentationCriteriaValidator()).When(r => r.Criteria is not null);
        RuleFor(r => r.Criteria).Custom((criteria, context) =>
        {
            if (!EnumCodes<SegmentationType>.TryParse(context.InstanceToValidate.SegmentationType, out var type) || criteria is null)
                return;
            var ranked = criteria.Dimensions is not null || criteria.NumSegments is not null;
            if (type != SegmentationType.Custom && (criteria.Segments is not null || ranked))
                context.AddFailure("criteria", "'segments', 'dimensions' and 'num_segments' apply only to segmentation_type custom.");
            if (type == SegmentationType.Custom && criteria.Segments is not null && ranked)
                context.AddFailure("criteria", "give either 'segments' (your rules) or 'dimensions'/'num_segments' (ranked groups), not both.");
            if (type != SegmentationType.Industry && criteria.Industries is not null)
                context.AddFailure("criteria.industries", "'industries' applies only to segmentation_type industry.");
        });
    }

    [GeneratedRegex("^[a-z0-9_]{1,50}$")]
    internal static partial Regex SegmentIdPattern();
}

/// <summary>The criteria's own rules; each custom segment gets the portfolio filter rules through its base.</summary>
public sealed class SegmentationCriteriaValidator : ToolValidator<SegmentationCriteria>
{
    public const int MinRankedSegments = 2;
    public const int MaxRankedSegments = 10;

    public SegmentationCriteriaValidator()
    {
        RuleFor(r => r.Industries).Must(i => i is null || (i.Count > 0 && !i.Any(string.IsNullOrWhiteSpace)))
            .WithMessage("'industries' must list at least one non-blank industry when given.");
        RuleFor(r => r.Segments).Must(s => s is null || s.Count is > 0 and <= SegmentCustomersValidator.MaxSegments)
            .WithMessage($"'segments' must hold 1-{SegmentCustomersValidator.MaxSegments} objects with segment_id, name and at least one filter.");
        RuleForEach(r => r.Segments).SetValidator(new CustomSegmentRuleValidator());
        RuleFor(r => r.Segments).Custom((segments, context) =>
        {
            foreach (var duplicate in (segments ?? []).Where(s => s is not null).GroupBy(s => s.SegmentId, StringComparer.Ordinal).Where(g => g.Count() > 1))
                context.AddFailure("segments", $"'segment_id' '{duplicate.Key}' is used by more than one segment; ids must be unique.");
        });
        RuleFor(r => r.Dimensions).Must(d => d is null || d.Count > 0).WithMessage("'dimensions' must list at least one value when given.");
        RuleFor(r => r.NumSegments).InclusiveBetween(MinRankedSegments, MaxRankedSegments)
            .WithMessage($"'{{PropertyName}}' must be between {MinRankedSegments} and {MaxRankedSegments}; got {{PropertyValue}}.");
    }
}

public sealed class CustomSegmentRuleValidator : ToolValidator<CustomSegmentRule>
{
    public CustomSegmentRuleValidator()
    {
        RuleFor(r => r.SegmentId).Must(id => id is not null && SegmentCustomersValidator.SegmentIdPattern().IsMatch(id))
            .WithMessage("'segment_id' must be 1-50 lowercase letters, digits or underscores; got '{PropertyValue}'.");
        RuleFor(r => r.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 100).WithMessage("'name' is required, 1-100 characters.");
        RuleFor(r => r).Must(r => r.HasAnyFilter()).WithName("filters")
            .WithMessage("a segment needs at least one portfolio filter (tiers, lifecycle_stages, industries, csm, arr_min, arr_max, health_score_min, health_score_max, renewal_within_days).");
    }
}
