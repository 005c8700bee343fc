using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.Common;
using FluentValidation;

namespace CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;

public sealed class AnalyzeFeedbackSentimentValidator : ToolValidator<AnalyzeFeedbackSentiment>
{
    public AnalyzeFeedbackSentimentValidator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        this.AddPeriodRules(r => r.PeriodStart, r => r.PeriodEnd, () => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
