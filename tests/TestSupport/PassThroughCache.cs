using CsMcp.Application.Common.Interfaces;

namespace CsMcp.TestSupport;

/// <summary>Always computes: for handler tests that are not about caching (the cache itself is tested with the real HybridReadCache).</summary>
public sealed class PassThroughCache : IReadCache
{
    public ValueTask<T> GetOrCreateAsync<T>(string cacheType, string key, string? clientId, Func<CancellationToken, ValueTask<T>> factory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return factory(cancellationToken);
    }
}
