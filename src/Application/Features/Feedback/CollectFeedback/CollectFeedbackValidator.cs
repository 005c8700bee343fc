using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Feedback;
using FluentValidation;

namespace CsMcp.Application.Features.Feedback.CollectFeedback;

public sealed class CollectFeedbackValidator : ToolValidator<CollectFeedback>
{
    public CollectFeedbackValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId();
        RuleFor(r => r.FeedbackType).NotEmpty().WithMessage("'feedback_type' is required: nps, csat, ces, feature_request, bug_report, product_feedback, service_feedback or general.");
        RuleFor(r => r.Category).RequiredText(FeedbackItem.MaxCategoryLength);
        RuleFor(r => r.Source).RequiredText(FeedbackItem.MaxSourceLength);
        RuleFor(r => r.SubmitterEmail).NotEmpty().WithMessage("'submitter_email' is required, e.g. name@company.com.").ValidEmail();
        RuleFor(r => r.SubmitterName).RequiredText(FeedbackItem.MaxNameLength);
        RuleFor(r => r.Title).RequiredText(FeedbackItem.MaxTitleLength);
        RuleFor(r => r.Content).RequiredText(FeedbackItem.MaxContentLength);
        RuleFor(r => r.Subcategory).OptionalText(FeedbackItem.MaxCategoryLength);
        RuleFor(r => r.Tags).Must(t => t is null || t.Count <= FeedbackItem.MaxTags)
            .WithMessage($"'tags' takes at most {FeedbackItem.MaxTags} tags.");
        RuleForEach(r => r.Tags).Must(t => !string.IsNullOrWhiteSpace(t) && t.Trim().Length <= FeedbackItem.MaxTagLength)
            .WithMessage($"each of 'tags' must be 1-{FeedbackItem.MaxTagLength} characters; got '{{PropertyValue}}'.");
        RuleFor(r => r.IdempotencyKey).OptionalText(FeedbackItem.MaxIdempotencyKeyLength);
    }
}
