using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>The filters as applied, in canonical spelling.</summary>
public sealed record AppliedPortfolioFilters(string? Tier, string? LifecycleStage, decimal? ArrMin, decimal? ArrMax, int? HealthScoreMin, int? HealthScoreMax);

public static class PortfolioFilters
{
    /// <summary>The clients matching the filters; a client_id narrows them to that one client.</summary>
    public static IQueryable<Client> FilteredClients(this IAppDbContext db, IPortfolioFilter filter, string? clientId = null)
    {
        var clients = db.Clients.AsNoTracking();
        if (clientId is not null)
            clients = clients.Where(c => c.ClientId == clientId);
        if (filter.TierFilter is not null)
        {
            var tier = EnumCodes<ClientTier>.Parse(filter.TierFilter);
            clients = clients.Where(c => c.Tier == tier);
        }

        if (filter.LifecycleStageFilter is not null)
        {
            var stage = EnumCodes<LifecycleStage>.Parse(filter.LifecycleStageFilter);
            clients = clients.Where(c => c.LifecycleStage == stage);
        }

        if (filter.ArrMin is { } arrMin)
            clients = clients.Where(c => c.ContractValue >= arrMin);
        if (filter.ArrMax is { } arrMax)
            clients = clients.Where(c => c.ContractValue <= arrMax);
        if (filter.HealthScoreMin is { } min)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore >= min);
        if (filter.HealthScoreMax is { } max)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore <= max);
        return clients;
    }

    /// <summary>One set-based read of the facts the portfolio tools aggregate, for every matching client.</summary>
    public static Task<List<ClientFacts>> LoadFactsAsync(this IQueryable<Client> clients, CancellationToken cancellationToken) =>
        clients.Select(c => new ClientFacts(
                c.ClientId, c.ClientName, c.NormalizedName, c.Tier, c.LifecycleStage, c.Status, c.Industry, c.ContractValue,
                c.HealthScore, c.HealthTrend, c.RenewalDate, c.CreatedAt))
            .ToListAsync(cancellationToken);

    public static AppliedPortfolioFilters Describe(this IPortfolioFilter filter) => new(
        Code<ClientTier>(filter.TierFilter), Code<LifecycleStage>(filter.LifecycleStageFilter),
        filter.ArrMin, filter.ArrMax, filter.HealthScoreMin, filter.HealthScoreMax);

    private static string? Code<TEnum>(string? value) where TEnum : struct, Enum =>
        value is null ? null : EnumCodes<TEnum>.ToCode(EnumCodes<TEnum>.Parse(value));
}

/// <summary>The stored facts of one client that the portfolio tools work from.</summary>
public sealed record ClientFacts(
    string ClientId,
    string ClientName,
    string NormalizedName,
    ClientTier Tier,
    LifecycleStage LifecycleStage,
    AccountStatus Status,
    string? Industry,
    decimal Arr,
    int? HealthScore,
    HealthTrend? HealthTrend,
    DateOnly RenewalDate,
    DateTime CreatedAt);
