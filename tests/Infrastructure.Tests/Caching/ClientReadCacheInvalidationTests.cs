using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Core.GetClientOverview;
using CsMcp.Application.Features.Core.UpdateClientInfo;
using CsMcp.Application.Features.Health.CalculateHealthScore;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Support;
using CsMcp.Infrastructure.Caching;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Infrastructure.Tests.Caching;

/// <summary>get_client_overview and calculate_health_score through the real HybridReadCache and the invalidation interceptor.</summary>
public sealed class ClientReadCacheInvalidationTests : IAsyncLifetime
{
    private const string ClientId = "cs_1_cached";
    private readonly CsMcpMetrics _metrics = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = TestClock.Create();
    private SqliteConnection _connection = null!;
    private HybridReadCache _cache = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        _cache = new HybridReadCache(_services.GetRequiredService<HybridCache>(), _metrics);
        _connection = new SqliteConnection("Data Source=:memory:");
        await _connection.OpenAsync();
        await using var db = Context();
        await db.Database.MigrateAsync();
        db.Clients.Add(new Client
        {
            ClientId = ClientId, ClientName = "Cached", NormalizedName = "CACHED", CompanyName = "Cached Ltd", Tier = ClientTier.Professional,
            ContractStartDate = new DateOnly(2026, 1, 1), ContractEndDate = new DateOnly(2026, 12, 31), RenewalDate = new DateOnly(2027, 1, 1),
            CreatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _services.DisposeAsync();
    }

    private SqliteCsMcpDbContext Context() => new(new DbContextOptionsBuilder<SqliteCsMcpDbContext>()
        .UseSqlite(_connection).AddInterceptors(new CacheInvalidationInterceptor(_cache)).Options);

    private async Task<ClientOverviewResult> Overview()
    {
        await using var db = Context();
        return await new GetClientOverviewHandler(db, _cache, _clock).Handle(new GetClientOverview { ClientId = ClientId }, default);
    }

    private async Task<CalculateHealthScoreResult> Score()
    {
        await using var db = Context();
        await using var services = TestServices.ForApplication(db, _clock, s => s.AddSingleton<IReadCache>(_cache));
        return await services.Create<CalculateHealthScoreHandler>().Handle(new CalculateHealthScore { ClientId = ClientId }, default);
    }

    private (double Hits, double Misses) Counts(string cacheType) =>
        (_metrics.CacheHits.WithLabels(cacheType).Value, _metrics.CacheMisses.WithLabels(cacheType).Value);

    private async Task WarmAsync()
    {
        await Score();
        await Score();
        await Score();
        await Overview();
        await Overview();
        Assert.Equal(1, Counts(CacheTypes.ClientOverview).Hits);
        Assert.True(Counts(CacheTypes.HealthScore).Hits >= 1);
    }

    [Fact]
    public async Task Update_client_info_drops_the_cached_overview_and_health_score()
    {
        await WarmAsync();
        var (scoreHits, scoreMisses) = Counts(CacheTypes.HealthScore);
        var before = await Overview();

        await using (var db = Context())
        {
            await new UpdateClientInfoHandler(db, _clock).Handle(new UpdateClientInfo { ClientId = ClientId, Updates = new ClientUpdates { CsmAssigned = "Dana Ops" } }, default);
        }

        var after = await Overview();
        await Score();

        Assert.Null(before.Client.CsmAssigned);
        Assert.Equal("Dana Ops", after.Client.CsmAssigned);
        Assert.Equal((2d, 2d), Counts(CacheTypes.ClientOverview));
        Assert.Equal((scoreHits, scoreMisses + 1), Counts(CacheTypes.HealthScore));
    }

    [Fact]
    public async Task A_saved_ticket_drops_the_cached_overview_and_health_score()
    {
        await WarmAsync();
        var (scoreHits, scoreMisses) = Counts(CacheTypes.HealthScore);

        await using (var db = Context())
        {
            db.SupportTickets.Add(new SupportTicket
            {
                TicketId = "TKT-9", ClientId = ClientId, Subject = "Down", Description = "Down", Priority = TicketPriority.P1,
                RequesterEmail = "ops@cached.test", RequesterName = "Ops", CreatedAt = _clock.GetUtcNow().UtcDateTime.AddHours(-1),
                UpdatedAt = _clock.GetUtcNow().UtcDateTime.AddHours(-1), SlaFirstResponseMinutes = 60, SlaResolutionMinutes = 480,
            });
            await db.SaveChangesAsync();
        }

        var after = await Overview();
        await Score();

        Assert.Equal((1, 1), (after.Support.OpenTickets, after.Support.OpenUrgentTickets));
        Assert.Equal("open_urgent_tickets", Assert.Single(after.AttentionAreas, a => a.Code == "open_urgent_tickets").Code);
        Assert.Equal((1d, 2d), Counts(CacheTypes.ClientOverview));
        Assert.Equal((scoreHits, scoreMisses + 1), Counts(CacheTypes.HealthScore));
    }
}
