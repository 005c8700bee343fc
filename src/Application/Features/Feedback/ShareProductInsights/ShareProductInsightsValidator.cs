using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Feedback;
using FluentValidation;

namespace CsMcp.Application.Features.Feedback.ShareProductInsights;

public sealed class ShareProductInsightsValidator : ToolValidator<ShareProductInsights>
{
    public const int MaxFeedbackIds = 100;
    public const int MaxCustomers = 500;

    public ShareProductInsightsValidator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        RuleFor(r => r.InsightType).NotEmpty().WithMessage("'insight_type' is required.");
        RuleFor(r => r.Priority).NotEmpty().WithMessage("'priority' is required: critical, high, medium or low.");
        RuleFor(r => r.Title).RequiredText(ProductInsight.MaxTitleLength);
        RuleFor(r => r.Description).RequiredText(ProductInsight.MaxTextLength);
        RuleFor(r => r.CustomerImpact).RequiredText(ProductInsight.MaxTextLength);
        RuleFor(r => r.BusinessImpact).RequiredText(ProductInsight.MaxTextLength);
        RuleFor(r => r.RecommendedAction).RequiredText(ProductInsight.MaxTextLength);
        RuleFor(r => r.SupportingFeedbackIds).Must(ids => ids is { Count: > 0 and <= MaxFeedbackIds })
            .WithMessage($"'supporting_feedback_ids' needs 1-{MaxFeedbackIds} stored feedback ids (FB-...).");
        RuleForEach(r => r.SupportingFeedbackIds).Must(id => id is not null && id.Trim().StartsWith("FB-", StringComparison.Ordinal) && id.Trim().Length <= FeedbackItem.MaxIdLength)
            .OverridePropertyName("supporting_feedback_ids")
            .WithMessage("each of 'supporting_feedback_ids' must be a feedback id starting with FB-; got '{PropertyValue}'.");
        RuleFor(r => r.AffectedCustomers).Must(ids => ids is { Count: > 0 and <= MaxCustomers })
            .WithMessage($"'affected_customers' needs 1-{MaxCustomers} client ids.");
        RuleForEach(r => r.AffectedCustomers).Must(id => ClientIdentifier.Validate(id) is null).OverridePropertyName("affected_customers")
            .WithMessage("each of 'affected_customers' must be a valid client id like cs_1764201600000_acme_corp; got '{PropertyValue}'.");
        RuleForEach(r => r.TargetRecipients).Must(e => e is not null && EmailAddress.IsValid(e.Trim())).OverridePropertyName("target_recipients")
            .WithMessage("each of 'target_recipients' must be an e-mail address like name@company.com; got '{PropertyValue}'.");
        RuleFor(r => r.DueDate).Must(d => d is null || d.Value >= DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime))
            .WithMessage(r => $"'due_date' must not be in the past (today is {DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime):yyyy-MM-dd}); got {r.DueDate:yyyy-MM-dd}.");
        RuleFor(r => r.IdempotencyKey).OptionalText(100);
    }
}
