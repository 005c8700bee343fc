using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.ListClients;

public sealed record ListClientsResult(
    IReadOnlyList<ClientSummary> Clients,
    Page Pagination,
    AppliedScope FiltersApplied,
    PortfolioSummary Summary);

public sealed record ClientSummary(
    string ClientId,
    string ClientName,
    string CompanyName,
    string? Industry,
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
        c.ClientId, c.ClientName, c.CompanyName, c.Industry, c.Tier, c.LifecycleStage, c.Status, c.HealthScore, c.HealthTrend,
        c.ContractValue, c.RenewalDate, c.DaysUntilRenewal(today), c.CsmAssigned, ClientExternalIds.From(c));
}

/// <summary>Figures over every client matching the filters. average_health_score covers only clients with a calculated score.</summary>
public sealed record PortfolioSummary(
    int TotalClients,
    decimal TotalArr,
    decimal? AverageHealthScore,
    int ClientsWithHealthScore,
    IReadOnlyDictionary<string, int> LifecycleBreakdown,
    IReadOnlyDictionary<string, int> TierBreakdown);
