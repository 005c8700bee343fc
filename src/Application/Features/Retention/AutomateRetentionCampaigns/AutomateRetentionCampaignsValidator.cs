using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.AutomateRetentionCampaigns;

public sealed class AutomateRetentionCampaignsValidator : ToolValidator<AutomateRetentionCampaigns>
{
    public AutomateRetentionCampaignsValidator()
    {
        RuleFor(r => r.Action).NotNull().WithMessage("'action' must be one of: create, run, list, activate, deactivate.");
        RuleFor(r => r.TriggerType).NotNull().WithMessage("'trigger_type' must not be null; omit it for health_score.");
        RuleFor(r => r.LookbackDays).InclusiveBetween(7, 180).WithMessage("'{PropertyName}' must be between 7 and 180 days; got {PropertyValue}.");
        RuleFor(r => r.RenewalWithinDays).InclusiveBetween(1, 365).WithMessage("'{PropertyName}' must be between 1 and 365 days; got {PropertyValue}.");
        RuleFor(r => r.Threshold).Must((r, t) => t is null || !EnumCodes<RetentionTriggerType>.TryParse(r.TriggerType, out var type) || InRange(type, t.Value))
            .WithMessage(r => $"'threshold' for {r.TriggerType.Trim().ToLowerInvariant()} must be {Range(EnumCodes<RetentionTriggerType>.Parse(r.TriggerType))}; got {RetentionText.Number(r.Threshold!.Value)}.");
        RuleFor(r => r.RenewalWithinDays).Null().When(r => EnumCodes<RetentionTriggerType>.TryParse(r.TriggerType, out var t) && t != RetentionTriggerType.RenewalRisk)
            .WithMessage("'renewal_within_days' is only used by trigger_type renewal_risk.");
        RuleFor(r => r.CampaignTemplate).Null().When(r => !Is(r, AutomationAction.Create))
            .WithMessage("'campaign_template' is only used by create: it names the campaign a new rule enrols into.");
        When(r => Is(r, AutomationAction.Create), () =>
        {
            RuleFor(r => r.CampaignTemplate).Null().When(r => r.CampaignId is not null)
                .WithMessage("Give campaign_id or campaign_template, not both: campaign_template names the standing campaign used when campaign_id is omitted.");
            RuleFor(r => r.RuleId).Null().WithMessage("'rule_id' is not used by create: the id is assigned. Use action run to run a stored rule.");
        });

        foreach (var action in new[] { AutomationAction.Activate, AutomationAction.Deactivate })
        {
            var code = EnumCodes<AutomationAction>.ToCode(action);
            When(r => Is(r, action), () =>
            {
                RuleFor(r => r.RuleId).NotEmpty().WithMessage($"'rule_id' is required when action is {code}: the stored rule to change.");
                RuleFor(r => r.DryRun).Equal(false).WithMessage($"'dry_run' is not used by {code}: it changes only the rule's active flag.");
            });
        }
    }

    private static bool InRange(RetentionTriggerType type, decimal value) => type switch
    {
        RetentionTriggerType.NpsDetractor => value is >= 0m and <= 6m && decimal.Truncate(value) == value,
        RetentionTriggerType.UsageDecline => value is > 0m and <= 100m,
        _ => value is > 0m and <= 100m,
    };

    private static string Range(RetentionTriggerType type) => type switch
    {
        RetentionTriggerType.NpsDetractor => "a whole number from 0 to 6 (the detractor scores)",
        RetentionTriggerType.UsageDecline => "a percentage above 0 and at most 100",
        _ => "a health score above 0 and at most 100",
    };

    private static bool Is(AutomateRetentionCampaigns r, AutomationAction action) =>
        EnumCodes<AutomationAction>.TryParse(r.Action, out var parsed) && parsed == action;
}
