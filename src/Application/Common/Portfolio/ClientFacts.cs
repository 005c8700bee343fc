using CsMcp.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Common.Portfolio;

/// <summary>The stored facts of one client that the portfolio tools aggregate.</summary>
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

public static class ClientFactsQuery
{
    /// <summary>Narrows the clients to one when a client id is given.</summary>
    public static IQueryable<Client> OfClient(this IQueryable<Client> clients, string? clientId) =>
        clientId is null ? clients : clients.Where(c => c.ClientId == clientId);

    /// <summary>One set-based read of <see cref="ClientFacts"/> for every client of the query.</summary>
    public static Task<List<ClientFacts>> LoadFactsAsync(this IQueryable<Client> clients, CancellationToken cancellationToken) =>
        clients.Select(c => new ClientFacts(
                c.ClientId, c.ClientName, c.NormalizedName, c.Tier, c.LifecycleStage, c.Status, c.Industry, c.ContractValue,
                c.HealthScore, c.HealthTrend, c.RenewalDate, c.CreatedAt))
            .ToListAsync(cancellationToken);
}
