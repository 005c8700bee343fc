using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
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
public sealed record ListClients : IQuery<ListClientsResult>
{
    [Description("Only this tier: starter, standard, professional or enterprise (case-insensitive).")]
    public string? TierFilter { get; init; }

    [Description("Only this lifecycle stage: onboarding, active, at_risk, churned, expansion or renewal (case-insensitive).")]
    public string? LifecycleStageFilter { get; init; }

    [Description("Only clients whose calculated health score is at least this, 0-100. Clients never scored are excluded when a health filter is given.")]
    public int? HealthScoreMin { get; init; }

    [Description("Only clients whose calculated health score is at most this, 0-100.")]
    public int? HealthScoreMax { get; init; }

    [Description("Page size, 1-1000. Default 50.")]
    public int Limit { get; init; } = 50;

    [Description("Number of matching clients to skip, >= 0. Default 0. Use pagination.next_offset to continue.")]
    public int Offset { get; init; }
}

public sealed class ListClientsHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<ListClients, ListClientsResult>
{
    public async ValueTask<ListClientsResult> Handle(ListClients query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var clients = Filter(db.Clients.AsNoTracking(), query);

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
            new AppliedFilters(Code<ClientTier>(query.TierFilter), Code<LifecycleStage>(query.LifecycleStageFilter), query.HealthScoreMin, query.HealthScoreMax),
            summary);
    }

    private static IQueryable<Client> Filter(IQueryable<Client> clients, ListClients query)
    {
        if (query.TierFilter is not null)
        {
            var tier = EnumCodes<ClientTier>.Parse(query.TierFilter);
            clients = clients.Where(c => c.Tier == tier);
        }

        if (query.LifecycleStageFilter is not null)
        {
            var stage = EnumCodes<LifecycleStage>.Parse(query.LifecycleStageFilter);
            clients = clients.Where(c => c.LifecycleStage == stage);
        }

        if (query.HealthScoreMin is { } min)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore >= min);
        if (query.HealthScoreMax is { } max)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore <= max);
        return clients;
    }

    private static string? Code<TEnum>(string? value) where TEnum : struct, Enum =>
        value is null ? null : EnumCodes<TEnum>.ToCode(EnumCodes<TEnum>.Parse(value));
}
