using CsMcp.Application.Common.Results;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.ListClients;

public sealed record ListClientsResult(
    IReadOnlyList<ClientSummary> Clients,
    Page Pagination,
    AppliedFilters FiltersApplied,
    PortfolioSummary Summary);

public sealed record ClientSummary(
    string ClientId,
    string ClientName,
    string CompanyName,
    ClientTier Tier,
    LifecycleStage LifecycleStage,
    AccountStatus Status,
    int? HealthScore,
    HealthTrend? HealthTrend,
    decimal ContractValue,
    DateOnly RenewalDate,
    int DaysUntilRenewal,
    string? CsmAssigned,
    ClientExternalIds ExternalIds)
{
    public static ClientSummary From(Client c, DateOnly today) => new(
        c.ClientId, c.ClientName, c.CompanyName, c.Tier, c.LifecycleStage, c.Status, c.HealthScore, c.HealthTrend,
        c.ContractValue, c.RenewalDate, c.DaysUntilRenewal(today), c.CsmAssigned, ClientExternalIds.From(c));
}

public sealed record AppliedFilters(string? Tier, string? LifecycleStage, int? HealthScoreMin, int? HealthScoreMax);

/// <summary>Figures over every client matching the filters. average_health_score covers only clients with a calculated score.</summary>
public sealed record PortfolioSummary(
    int TotalClients,
    decimal TotalArr,
    decimal? AverageHealthScore,
    int ClientsWithHealthScore,
    IReadOnlyDictionary<string, int> LifecycleBreakdown,
    IReadOnlyDictionary<string, int> TierBreakdown);
