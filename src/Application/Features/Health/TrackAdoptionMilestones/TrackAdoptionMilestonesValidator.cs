using CsMcp.Application.Common.Results;
using System.Text.RegularExpressions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Common;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using FluentValidation;

namespace CsMcp.Application.Features.Health.TrackAdoptionMilestones;

public sealed partial class TrackAdoptionMilestonesValidator : ToolValidator<TrackAdoptionMilestones>
{
    public const int MaxMilestones = 20;

    public TrackAdoptionMilestonesValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.MilestoneFramework).NotNull().WithMessage($"'{{PropertyName}}' must be one of: {EnumCodes<MilestoneFramework>.AllowedList}.");
        this.AddPagingRules();
        RuleFor(r => r.CustomMilestones).Custom((milestones, context) =>
        {
            var custom = EnumCodes<MilestoneFramework>.TryParse(context.InstanceToValidate.MilestoneFramework, out var framework) && framework == MilestoneFramework.Custom;
            if (!custom)
            {
                if (milestones is not null)
                    context.AddFailure("custom_milestones", "'custom_milestones' applies only to milestone_framework custom.");
                return;
            }

            if (milestones is not { Count: > 0 } || milestones.Count > MaxMilestones)
            {
                context.AddFailure("custom_milestones", $"'custom_milestones' is required for milestone_framework custom: 1-{MaxMilestones} milestones with milestone_id, milestone_name, typical_timeframe_days, importance and rule.");
                return;
            }

            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < milestones.Count; i++)
            {
                foreach (var (argument, rule) in Check(milestones[i], $"custom_milestones[{i}]", ids))
                    context.AddFailure(argument, rule);
            }
        });
    }

    private static IEnumerable<(string, string)> Check(CustomMilestone? m, string at, HashSet<string> ids)
    {
        if (m is null)
        {
            yield return (at, $"'{at}' must be an object with milestone_id, milestone_name, typical_timeframe_days, importance and rule.");
            yield break;
        }

        if (string.IsNullOrWhiteSpace(m.MilestoneId) || !IdPattern().IsMatch(m.MilestoneId))
            yield return ($"{at}.milestone_id", $"'milestone_id' must be 1-50 lowercase letters, digits or underscores; got '{m.MilestoneId}'.");
        else if (!ids.Add(m.MilestoneId))
            yield return ($"{at}.milestone_id", $"'milestone_id' '{m.MilestoneId}' is used by more than one milestone; ids must be unique.");
        if (string.IsNullOrWhiteSpace(m.MilestoneName) || m.MilestoneName.Length > 100)
            yield return ($"{at}.milestone_name", "'milestone_name' is required, 1-100 characters.");
        if (m.TypicalTimeframeDays is < 1 or > 1095)
            yield return ($"{at}.typical_timeframe_days", $"'typical_timeframe_days' must be between 1 and 1095; got {m.TypicalTimeframeDays}.");
        if (m.Importance is null || !MilestoneKinds.Importances.Contains(m.Importance.Trim().ToLowerInvariant()))
            yield return ($"{at}.importance", $"'importance' must be one of: critical, high, medium, low; got '{m.Importance}'.");
        if (m.Rule is null)
        {
            if (StandardMilestones.Named(m.MilestoneName) is null)
                yield return ($"{at}.rule", $"'rule' is required unless milestone_name is a standard milestone's: an object with kind ({string.Join(", ", MilestoneKinds.All)}) and the kind's parameters.");
            yield break;
        }

        foreach (var failure in CheckRule(m.Rule, $"{at}.rule"))
            yield return failure;
    }

    private static IEnumerable<(string, string)> CheckRule(MilestoneRule r, string at)
    {
        var kind = r.Kind?.Trim().ToLowerInvariant();
        if (kind is null || !MilestoneKinds.All.Contains(kind))
        {
            yield return ($"{at}.kind", $"'kind' must be one of: {string.Join(", ", MilestoneKinds.All)}; got '{r.Kind}'.");
            yield break;
        }

        if (kind == MilestoneKinds.ActiveUserRatio && r.Ratio is not (> 0m and <= 1m))
            yield return ($"{at}.ratio", $"'ratio' is required for active_user_ratio: a share above 0 and at most 1; got {r.Ratio?.ToString() ?? "nothing"}.");
        if (kind == MilestoneKinds.FeatureAdopted && string.IsNullOrWhiteSpace(r.FeatureId))
            yield return ($"{at}.feature_id", "'feature_id' is required for feature_adopted: a feature id like feat_reports.");
        if (kind == MilestoneKinds.CategoryFeaturesAdopted)
        {
            if (!EnumCodes<FeatureCategory>.TryParse(r.Category, out _))
                yield return ($"{at}.category", $"'category' is required for category_features_adopted: one of {EnumCodes<FeatureCategory>.AllowedList}; got '{r.Category}'.");
            if (r.Count is not (>= 1 and <= 100))
                yield return ($"{at}.count", $"'count' is required for category_features_adopted: 1-100; got {r.Count?.ToString() ?? "nothing"}.");
        }

        if (kind == MilestoneKinds.EngagementEvent && !EnumCodes<EngagementType>.TryParse(r.EventType, out _))
            yield return ($"{at}.event_type", $"'event_type' is required for engagement_event: one of {EnumCodes<EngagementType>.AllowedList}; got '{r.EventType}'.");
        if (r.SummaryContains is { } text && (kind != MilestoneKinds.EngagementEvent || string.IsNullOrWhiteSpace(text) || text.Length > 100))
            yield return ($"{at}.summary_contains", "'summary_contains' applies only to engagement_event and must be 1-100 non-blank characters.");
    }

    [GeneratedRegex("^[a-z0-9_]{1,50}$")]
    private static partial Regex IdPattern();
}
