using CsMcp.Application.Common.Validation;
using CsMcp.Domain.Retention;
using FluentValidation;

namespace CsMcp.Application.Features.Retention.AnalyzeChurnPostmortem;

public sealed class AnalyzeChurnPostmortemValidator : ToolValidator<AnalyzeChurnPostmortem>
{
    public AnalyzeChurnPostmortemValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.ChurnDetails).OptionalText(ChurnRecord.MaxDetailsLength);
        RuleFor(r => r.ChurnReason).NotNull().When(r => r.ChurnDetails is not null)
            .WithMessage("'churn_reason' is required when churn_details is given: the details explain a recorded reason.");
        When(r => r.ClientId is null, () =>
        {
            RuleFor(r => r.ChurnDate).Null().WithMessage("'churn_date' needs client_id: it is the churn date of one client.");
            RuleFor(r => r.ChurnReason).Null().WithMessage("'churn_reason' needs client_id: a reason is recorded for one client.");
        });
        When(r => r.ClientId is not null, () =>
        {
            RuleFor(r => r.PeriodStart).Null().WithMessage("'period_start' is for the portfolio view; omit client_id to use it.");
            RuleFor(r => r.PeriodEnd).Null().WithMessage("'period_end' is for the portfolio view; omit client_id to use it.");
        });
        RuleFor(r => r.PeriodEnd).GreaterThanOrEqualTo(r => r.PeriodStart).When(r => r.PeriodStart is not null && r.PeriodEnd is not null)
            .WithMessage(r => $"'period_end' ({r.PeriodEnd!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}) must not be before period_start ({r.PeriodStart!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}).");
    }
}
