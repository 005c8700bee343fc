using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.Common;

namespace CsMcp.Application.Features.Feedback.AnalyzeProductUsage;

public sealed class AnalyzeProductUsageValidator : ToolValidator<AnalyzeProductUsage>
{
    public AnalyzeProductUsageValidator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        RuleFor(r => r.ClientId).ValidClientId();
        this.AddPeriodRules(r => r.PeriodStart, r => r.PeriodEnd, () => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
