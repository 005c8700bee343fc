using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;

public sealed class ExecuteRetentionCampaignValidator : ToolValidator<ExecuteRetentionCampaign>
{
    public const int MaxClientIds = 500;
    public const int MaxSteps = 10;

    public ExecuteRetentionCampaignValidator()
    {
        RuleFor(r => r.Action).NotNull().WithMessage("'action' must be one of: create, status, update_enrolment.");
        RuleFor(r => r.CampaignType).NotNull().WithMessage("'campaign_type' must not be null.");
        RuleFor(r => r.InterventionLevel).NotNull().WithMessage("'intervention_level' must not be null.");
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleForEach(r => r.ClientIds).ValidClientId();
        RuleFor(r => r.ClientIds).Must(ids => ids is null || ids.Count <= MaxClientIds).WithMessage($"'client_ids' may hold at most {MaxClientIds} ids.");
        RuleFor(r => r.MinChurnProbability).InclusiveBetween(0m, 1m).WithMessage("'{PropertyName}' must be between 0 and 1; got {PropertyValue}.");
        RuleFor(r => r.HealthScoreBelow).InclusiveBetween(1, 100).WithMessage("'{PropertyName}' must be between 1 and 100; got {PropertyValue}.");
        RuleFor(r => r.Owner).OptionalText(PlaybookStep.MaxOwnerLength);
        RuleFor(r => r.Name).OptionalText(RetentionCampaign.MaxNameLength);
        RuleFor(r => r.IdempotencyKey).OptionalText(RetentionCampaign.MaxIdempotencyKeyLength);
        RuleFor(r => r.Playbook).Must(p => p is null || (p.Count >= 1 && p.Count <= MaxSteps)).WithMessage($"'playbook' must have 1 to {MaxSteps} steps when given.");
        RuleForEach(r => r.Playbook).SetValidator(new PlaybookStepInputValidator());
        RuleFor(r => r.StepsCompleted).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
        RuleFor(r => r.Limit).InclusiveBetween(1, 500).WithMessage("'{PropertyName}' must be between 1 and 500; got {PropertyValue}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");

        When(r => Is(r, CampaignAction.Create), () =>
        {
            RuleFor(r => r).Must(r => ById(r) || HasCohort(r))
                .WithName("arguments").WithMessage("create needs client_id or client_ids, or a cohort (min_churn_probability, health_score_below and/or portfolio filters such as tiers).");
            RuleFor(r => r).Must(r => !ById(r) || !HasCohort(r))
                .WithName("arguments").WithMessage("Give either client ids or a cohort (risk or portfolio filters), not both.");
            RuleFor(r => r.CampaignId).Null().WithMessage("'campaign_id' is not used by create: the id is assigned. Use idempotency_key to make a retry safe.");
        });
        When(r => Is(r, CampaignAction.Status) || Is(r, CampaignAction.UpdateEnrolment), () =>
            RuleFor(r => r.CampaignId).NotEmpty().WithMessage(r => $"'campaign_id' is required for {r.Action.Trim().ToLowerInvariant()}."));
        When(r => Is(r, CampaignAction.UpdateEnrolment), () =>
        {
            RuleFor(r => r.ClientId).NotNull().WithMessage("'client_id' is required for update_enrolment: the enrolled client.");
            RuleFor(r => r).Must(r => r.EnrolmentStatus is not null || r.StepsCompleted is not null || r.Outcome is not null)
                .WithName("arguments").WithMessage("update_enrolment needs at least one of enrolment_status, steps_completed or outcome.");
        });
    }

    private static bool ById(ExecuteRetentionCampaign r) => r.ClientId is not null || r.ClientIds is { Count: > 0 };

    private static bool HasCohort(ExecuteRetentionCampaign r) =>
        r.MinChurnProbability is not null || r.HealthScoreBelow is not null || r.HasAnyFilter();

    private static bool Is(ExecuteRetentionCampaign r, CampaignAction action) =>
        EnumCodes<CampaignAction>.TryParse(r.Action, out var parsed) && parsed == action;
}

public sealed class PlaybookStepInputValidator : ToolValidator<PlaybookStepInput>
{
    public PlaybookStepInputValidator()
    {
        RuleFor(s => s.Owner).Must(o => o is null || (o.Trim().Length > 0 && o.Length <= PlaybookStep.MaxOwnerLength))
            .WithMessage($"'owner' must be 1-{PlaybookStep.MaxOwnerLength} characters when given.");
        RuleFor(s => s.DueAfterDays).InclusiveBetween(0, 365).WithMessage("'due_after_days' must be between 0 and 365; got {PropertyValue}.");
    }
}
