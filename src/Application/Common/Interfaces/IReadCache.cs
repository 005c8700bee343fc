namespace CsMcp.Application.Common.Interfaces;

/// <summary>
/// Caches computed read results (health scores, overviews, portfolio views). Entries are dropped as soon as a write
/// changes data of the client they were computed from, or any portfolio data for portfolio-wide entries.
/// </summary>
public interface IReadCache
{
    /// <param name="cacheType">A bounded label naming what is cached (see <see cref="CacheTypes"/>).</param>
    /// <param name="key">Everything the value depends on besides stored data (tool arguments).</param>
    /// <param name="clientId">The client whose data the value is computed from; null for portfolio-wide values.</param>
    ValueTask<T> GetOrCreateAsync<T>(string cacheType, string key, string? clientId, Func<CancellationToken, ValueTask<T>> factory, CancellationToken cancellationToken);
}

public static class CacheTypes
{
    public const string HealthScore = "health_score";
    public const string ClientOverview = "client_overview";
    public const string Portfolio = "portfolio";

    public static IReadOnlyList<string> All { get; } = [HealthScore, ClientOverview, Portfolio];
}
