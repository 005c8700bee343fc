using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using FluentValidation;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public sealed class ManageVoiceOfCustomerValidator : ToolValidator<ManageVoiceOfCustomer>
{
    public const int MaxFeedbackIds = 100;

    public ManageVoiceOfCustomerValidator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        RuleFor(r => r.Action).NotEmpty().WithMessage($"'action' is required: one of {EnumCodes<VocAction>.AllowedList}.");
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        this.AddPeriodRules(r => r.PeriodStart, r => r.PeriodEnd, () => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        RuleFor(r => r.FeedbackIds).Must(ids => ids is null || ids.Count is > 0 and <= MaxFeedbackIds)
            .WithMessage($"'feedback_ids' needs 1-{MaxFeedbackIds} stored feedback ids (FB-...); omit it to list the open loops.");
        RuleForEach(r => r.FeedbackIds).Must(id => id is not null && id.Trim().StartsWith("FB-", StringComparison.Ordinal) && id.Trim().Length <= FeedbackItem.MaxIdLength)
            .OverridePropertyName("feedback_ids")
            .WithMessage("each of 'feedback_ids' must be a feedback id starting with FB-; got '{PropertyValue}'.");
        RuleFor(r => r.ClosureNotes).OptionalText(FeedbackItem.MaxNotesLength);
        RuleFor(r => r.InsightId).Must(id => id is null || (id.Trim().StartsWith("PI-", StringComparison.Ordinal) && id.Trim().Length <= ProductInsight.MaxIdLength))
            .WithMessage("'insight_id' must be a product insight id starting with PI-; got '{PropertyValue}'.");
        RuleFor(r => r.IdempotencyKey).OptionalText(100);
        When(r => EnumCodes<VocAction>.TryParse(r.Action, out var a) && a == VocAction.UpdateCustomerRoadmap, () =>
        {
            RuleFor(r => r.RoadmapStatus).NotNull().When(r => r.InsightId is not null)
                .WithMessage($"'roadmap_status' is required with insight_id: one of {EnumCodes<RoadmapStatus>.AllowedList}.");
            RuleFor(r => r.InsightId).NotNull().When(r => r.RoadmapStatus is not null)
                .WithMessage("'insight_id' is required with roadmap_status; call update_customer_roadmap without both to list the insights and their ids.");
        });
    }
}
