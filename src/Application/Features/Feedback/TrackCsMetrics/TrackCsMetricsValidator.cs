using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Metrics;
using FluentValidation;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

public sealed class TrackCsMetricsValidator : ToolValidator<TrackCsMetrics>
{
    public TrackCsMetricsValidator(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        RuleFor(r => r.MetricType).NotNull().WithMessage($"'metric_type' is required: one of {EnumCodes<CsMetric>.AllowedList}.");
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        this.AddPeriodRules(r => r.PeriodStart, r => r.PeriodEnd, () => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}
