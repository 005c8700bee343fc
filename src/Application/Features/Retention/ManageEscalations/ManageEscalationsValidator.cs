using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.ManageEscalations;

public sealed class ManageEscalationsValidator : ToolValidator<ManageEscalations>
{
    public const int MaxLimit = 200;

    public ManageEscalationsValidator()
    {
        RuleFor(r => r.Action).NotNull().WithMessage("'action' must be one of: create, update, resolve, list, close.");
        RuleFor(r => r.Owner).OptionalText(Escalation.MaxOwnerLength);
        RuleFor(r => r.Reason).OptionalText(Escalation.MaxReasonLength);
        RuleFor(r => r.ResolutionNotes).OptionalText(Escalation.MaxNotesLength);
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.EscalationId).MaximumLength(Escalation.MaxIdLength).WithMessage($"'escalation_id' must be at most {Escalation.MaxIdLength} characters.");
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");

        When(r => Is(r, EscalationAction.Create), () =>
        {
            RuleFor(r => r.ClientId).NotNull().WithMessage("'client_id' is required to create an escalation.");
            RuleFor(r => r.EscalationId).Null().WithMessage("'escalation_id' is not used by create: the id is assigned. Omit it, or use action update.");
            RuleFor(r => r.Status).Null().WithMessage("'status' is not used by create: a new escalation is open.");
        });
        When(r => Is(r, EscalationAction.Update) || Is(r, EscalationAction.Resolve) || Is(r, EscalationAction.Close), () =>
            RuleFor(r => r.EscalationId).NotEmpty().WithMessage(r => $"'escalation_id' is required to {r.Action.Trim().ToLowerInvariant()} an escalation. Call action list to find it."));
        When(r => Is(r, EscalationAction.Update), () =>
        {
            RuleFor(r => r.Status).Must(s => s is null || !EnumCodes<EscalationStatus>.TryParse(s, out var v) || v is EscalationStatus.Open or EscalationStatus.InProgress)
                .WithMessage("'status' must be open or in_progress for update; got '{PropertyValue}'. Use action resolve or close to finish an escalation.");
        });
    }

    private static bool Is(ManageEscalations r, EscalationAction action) =>
        EnumCodes<EscalationAction>.TryParse(r.Action, out var parsed) && parsed == action;
}
