using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.ListClients;

[Tool("list_clients", Toolsets.Core, Title = "List clients", ReadOnly = true, Idempotent = true)]
[Description("Lists clients ordered by name, with optional filters, paging, and a summary (count, ARR, average health, "
    + "lifecycle and tier breakdown) computed over every matching client, not just the page.")]
public sealed record ListClients : PortfolioScope, IQuery<ListClientsResult>, IPagedRequest
{
    [Description("Page size, 1-1000. Default 50.")]
    public int Limit { get; init; } = 50;

    [Description("Matching clients to skip. Default 0; continue with pagination.next_offset.")]
    public int Offset { get; init; }
}

public sealed class ListClientsHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<ListClients, ListClientsResult>
{
    public async ValueTask<ListClientsResult> Handle(ListClients query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var clients = db.Clients.AsNoTracking().InScope(query, today);

        var facts = await clients.Select(c => new { c.ContractValue, c.HealthScore, c.LifecycleStage, c.Tier }).ToListAsync(cancellationToken);
        var page = await clients
            .OrderBy(c => c.NormalizedName).ThenBy(c => c.ClientId)
            .Skip(query.Offset).Take(query.Limit)
            .ToListAsync(cancellationToken);

        var (rows, truncated) = ResultBudget.Take(page.Select(c => ClientSummary.From(c, today)).ToList());
        var scored = facts.Where(f => f.HealthScore is not null).Select(f => f.HealthScore!.Value).ToList();
        var summary = new PortfolioSummary(
            facts.Count,
            facts.Sum(f => f.ContractValue),
            scored.Count == 0 ? null : Rounding.Average((decimal)scored.Average()),
            scored.Count,
            Enum.GetValues<LifecycleStage>().ToDictionary(EnumCodes<LifecycleStage>.ToCode, s => facts.Count(f => f.LifecycleStage == s)),
            Enum.GetValues<ClientTier>().ToDictionary(EnumCodes<ClientTier>.ToCode, t => facts.Count(f => f.Tier == t)));

        return new ListClientsResult(
            rows,
            Page.Of(facts.Count, query.Limit, query.Offset, rows.Count, truncated),
            AppliedScope.Of(query),
            summary);
    }
}
