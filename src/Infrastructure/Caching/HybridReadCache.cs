using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Monitoring;
using Microsoft.Extensions.Caching.Hybrid;

namespace CsMcp.Infrastructure.Caching;

/// <summary>IReadCache over HybridCache (in memory by default), counting hits and misses by cache_type.</summary>
public sealed class HybridReadCache(HybridCache cache, CsMcpMetrics metrics) : IReadCache
{
    public const string PortfolioTag = "portfolio";

    public static string ClientTag(string clientId) => $"client:{clientId}";

    public async ValueTask<T> GetOrCreateAsync<T>(string cacheType, string key, string? clientId, Func<CancellationToken, ValueTask<T>> factory, CancellationToken cancellationToken)
    {
        var computed = false;
        string[] tags = [clientId is null ? PortfolioTag : ClientTag(clientId)];
        var value = await cache.GetOrCreateAsync(
            $"{cacheType}|{clientId}|{key}",
            factory,
            async (create, token) =>
            {
                computed = true;
                return await create(token);
            },
            tags: tags,
            cancellationToken: cancellationToken);

        (computed ? metrics.CacheMisses : metrics.CacheHits).WithLabels(cacheType).Inc();
        return value;
    }

    /// <summary>Drops every entry computed from these clients' data, and every portfolio-wide entry.</summary>
    public async ValueTask InvalidateAsync(IEnumerable<string> clientIds, CancellationToken cancellationToken)
    {
        await cache.RemoveByTagAsync(PortfolioTag, cancellationToken);
        foreach (var clientId in clientIds)
            await cache.RemoveByTagAsync(ClientTag(clientId), cancellationToken);
    }
}
