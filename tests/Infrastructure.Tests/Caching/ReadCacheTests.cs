using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Caching;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Infrastructure.Tests.Caching;

public sealed class ReadCacheTests : IAsyncLifetime
{
    private readonly CsMcpMetrics _metrics = new();
    private SqliteConnection _connection = null!;
    private HybridReadCache _cache = null!;
    private ServiceProvider _services = null!;
    private int _computations;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        _cache = new HybridReadCache(_services.GetRequiredService<HybridCache>(), _metrics);
        _connection = new SqliteConnection("Data Source=:memory:");
        await _connection.OpenAsync();
        await using var db = Context();
        await db.Database.MigrateAsync();
        db.Clients.AddRange(NewClient("cs_1_a"), NewClient("cs_1_b"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _services.DisposeAsync();
    }

    private SqliteCsMcpDbContext Context() => new(new DbContextOptionsBuilder<SqliteCsMcpDbContext>()
        .UseSqlite(_connection).AddInterceptors(new CacheInvalidationInterceptor(_cache)).Options);

    private static Client NewClient(string id) => new()
    {
        ClientId = id, ClientName = id, NormalizedName = id.ToUpperInvariant(), CompanyName = id,
        ContractStartDate = new DateOnly(2026, 1, 1), ContractEndDate = new DateOnly(2027, 1, 1), RenewalDate = new DateOnly(2027, 1, 1),
    };

    private ValueTask<int> Read(string cacheType, string? clientId) =>
        _cache.GetOrCreateAsync(cacheType, "args", clientId, _ => ValueTask.FromResult(++_computations), default);

    [Fact]
    public async Task A_repeated_read_is_served_from_the_cache_and_counted_as_a_hit()
    {
        Assert.Equal(1, await Read(CacheTypes.HealthScore, "cs_1_a"));
        Assert.Equal(1, await Read(CacheTypes.HealthScore, "cs_1_a"));

        Assert.Equal(1, _computations);
        Assert.Equal(1, _metrics.CacheMisses.WithLabels("health_score").Value);
        Assert.Equal(1, _metrics.CacheHits.WithLabels("health_score").Value);
    }

    [Fact]
    public async Task A_write_to_one_client_drops_its_entries_and_portfolio_entries_but_not_other_clients()
    {
        await Read(CacheTypes.ClientOverview, "cs_1_a");
        await Read(CacheTypes.ClientOverview, "cs_1_b");
        await Read(CacheTypes.Portfolio, null);

        await using (var db = Context())
        {
            var client = await db.Clients.SingleAsync(c => c.ClientId == "cs_1_a");
            client.CsmAssigned = "Dana";
            await db.SaveChangesAsync();
        }

        Assert.Equal(4, await Read(CacheTypes.ClientOverview, "cs_1_a"));
        Assert.Equal(2, await Read(CacheTypes.ClientOverview, "cs_1_b"));
        Assert.Equal(5, await Read(CacheTypes.Portfolio, null));
        Assert.Equal(1, _metrics.CacheHits.WithLabels("client_overview").Value);
    }

    [Fact]
    public async Task A_new_timeline_event_invalidates_its_client()
    {
        await Read(CacheTypes.HealthScore, "cs_1_b");

        await using (var db = Context())
        {
            db.ClientEvents.Add(new ClientEvent { ClientId = "cs_1_b", Category = "c", Title = "t", Description = "d", OccurredAt = new DateTime(2026, 6, 15, 0, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, await Read(CacheTypes.HealthScore, "cs_1_b"));
    }
}
