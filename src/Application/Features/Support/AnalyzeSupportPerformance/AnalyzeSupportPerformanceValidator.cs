using CsMcp.Application.Common.Validation;
using FluentValidation;

namespace CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

public sealed class AnalyzeSupportPerformanceValidator : ToolValidator<AnalyzeSupportPerformance>
{
    public const int MaxPeriodDays = 365;
    public const int MaxFilterLength = 200;

    public AnalyzeSupportPerformanceValidator()
    {
        RuleFor(r => r.ClientId).ValidClientId().When(r => r.ClientId is not null);
        RuleFor(r => r.PeriodDays).InclusiveBetween(1, MaxPeriodDays)
            .WithMessage(r => $"'period_days' must be 1-{MaxPeriodDays}; got {r.PeriodDays}. Give the number of days back from now to analyse, e.g. 30.");
        RuleFor(r => r.TeamFilter).MaximumLength(MaxFilterLength)
            .WithMessage($"'team_filter' must be at most {MaxFilterLength} characters: give a stored team name, or omit it for every team.");
        RuleFor(r => r.AgentFilter).MaximumLength(MaxFilterLength)
            .WithMessage($"'agent_filter' must be at most {MaxFilterLength} characters: give a stored agent name, or omit it for every agent.");
    }
}
