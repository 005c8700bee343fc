using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Validation;

namespace CsMcp.Application.Features.Core.ListClients;

/// <summary>Paging only: the portfolio filters' rules come with <see cref="Common.Portfolio.PortfolioScope"/>.</summary>
public sealed class ListClientsValidator : ToolValidator<ListClients>
{
    public ListClientsValidator() => this.AddPagingRules();
}
