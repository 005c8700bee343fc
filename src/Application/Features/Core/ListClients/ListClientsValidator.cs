using CsMcp.Application.Common.Validation;
using FluentValidation;

namespace CsMcp.Application.Features.Core.ListClients;

/// <summary>Paging only: the portfolio filters' rules come with <see cref="Common.Portfolio.PortfolioScope"/>.</summary>
public sealed class ListClientsValidator : ToolValidator<ListClients>
{
    public const int MaxLimit = 1000;

    public ListClientsValidator()
    {
        RuleFor(r => r.Limit).InclusiveBetween(1, MaxLimit).WithMessage($"'{{PropertyName}}' must be between 1 and {MaxLimit}; got {{PropertyValue}}.");
        RuleFor(r => r.Offset).GreaterThanOrEqualTo(0).WithMessage("'{PropertyName}' must be 0 or more; got {PropertyValue}.");
    }
}
