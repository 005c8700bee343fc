using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Lifecycle;
using FluentValidation;

namespace CsMcp.Application.Features.Health.ManageLifecycleStages;

public sealed class ManageLifecycleStagesValidator : ToolValidator<ManageLifecycleStages>
{
    public const int MaxChangedByLength = 200;

    public ManageLifecycleStagesValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.ClientId).NotNull().When(r => r.TargetStage is not null)
            .WithMessage("'client_id' is required with target_stage: name the client to move.");
        RuleFor(r => r.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(r => r.TargetStage is not null)
            .WithMessage($"'reason' is required with target_stage: say why the client moves (1-{LifecycleStageChange.MaxReasonLength} characters).");
        RuleFor(r => r.Reason).MaximumLength(LifecycleStageChange.MaxReasonLength)
            .WithMessage($"'{{PropertyName}}' must be at most {LifecycleStageChange.MaxReasonLength} characters.");
        RuleFor(r => r.Reason).Null().When(r => r.TargetStage is null)
            .WithMessage("'reason' applies only to a move; give target_stage too, or omit reason.");
        RuleFor(r => r.ChangedBy).OptionalText(MaxChangedByLength);
        this.AddPagingRules();
    }
}
