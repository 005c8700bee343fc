using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Application.Tests.Features.Health;

public sealed class HealthScoringServiceTests : CoreToolTestBase
{
    private readonly CountingHealthMetrics _metrics = new();

    private static HealthScoringOptions Options => HealthScoringOptions.Default(HealthWeights.Default);

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Scoring_one_client_stores_the_snapshot_and_mirrors_it_on_the_client(string provider)
    {
        await SeedAsync(provider);

        var evaluation = await WithDb(db => Service(db).EvaluateAsync(HealthDataset.Gamma, Options, default));
        var snapshot = await WithDb(db => Service(db).SaveAsync(evaluation, Options, default));

        // usage 0.4 x 90 + 0.3 x 100 + 0.3 x 100 = 96; engagement 0.6 x 95 + 0.4 x 25 = 67; support 100; payment 100;
        // satisfaction has no data: (96 x 0.35 + 67 x 0.25 + 100 x 0.15 + 100 x 0.10) / 0.85 = 88.65 -> 88.
        Assert.Equal(88, evaluation.Assessment.Overall);
        Assert.Equal(88.65m, evaluation.Assessment.WeightedScore);
        Assert.Equal(RiskLevel.Low, evaluation.Assessment.RiskLevel);
        Assert.Null(evaluation.Previous);
        Assert.NotNull(snapshot);
        var stored = await WithDb(db => db.HealthSnapshots.AsNoTracking().SingleAsync(s => s.ClientId == HealthDataset.Gamma));
        Assert.Equal(88, stored.OverallScore);
        Assert.Equal(96m, stored.UsageScore);
        Assert.Null(stored.SatisfactionScore);
        Assert.Equal(0m, stored.SatisfactionWeight);
        Assert.Equal("7", stored.Inputs["logins_per_active_user_per_week"]);
        var client = await WithDb(db => db.Clients.AsNoTracking().SingleAsync(c => c.ClientId == HealthDataset.Gamma));
        Assert.Equal((88, HealthTrend.Stable, TestClock.Now.UtcDateTime), (client.HealthScore, client.HealthTrend, client.HealthCalculatedAt));
        Assert.Equal(1, _metrics.Observations);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_trend_compares_with_the_latest_snapshot_of_an_earlier_day_and_a_same_day_recalculation_replaces_the_snapshot(string provider)
    {
        await SeedAsync(provider);
        await WithDb(async db =>
        {
            db.HealthSnapshots.Add(new HealthSnapshot { ClientId = HealthDataset.Gamma, ScoringModel = "weighted_composite", CalculatedAt = HealthDataset.At(5, 31, 23, 59, 59), LookbackDays = 30, OverallScore = 80 });
            return await db.SaveChangesAsync();
        });

        var first = await WithDb(db => Service(db).EvaluateAsync(HealthDataset.Gamma, Options, default));
        await WithDb(db => Service(db).SaveAsync(first, Options, default));
        Clock.Advance(TimeSpan.FromHours(2));
        var second = await WithDb(db => Service(db).EvaluateAsync(HealthDataset.Gamma, Options, default));

        Assert.Equal((80, 8, HealthTrend.Improving), (first.Assessment.PreviousOverall, first.Assessment.Change, first.Assessment.Trend));
        Assert.Equal(Key(first.Assessment), Key(second.Assessment));
        Assert.True(second.MatchesStored);
        Assert.Equal(2, await WithDb(db => db.HealthSnapshots.CountAsync(s => s.ClientId == HealthDataset.Gamma)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_batch_scores_every_client_like_one_at_a_time_and_observes_each(string provider)
    {
        await SeedAsync(provider);

        var batch = await WithDb(db => Service(db).ScoreManyAsync(db.Clients, Options, default));
        var single = await WithDb(db => Service(db).EvaluateAsync(HealthDataset.Alpha, Options, default));

        Assert.Equal([HealthDataset.Alpha, HealthDataset.Bare, HealthDataset.Gamma], batch.Select(b => b.Client.ClientId));
        Assert.Equal(Key(single.Assessment), Key(batch[0].Assessment));
        Assert.True(single.MatchesStored);
        Assert.Equal(88, batch[2].Assessment.Overall);
        Assert.Equal(3, await WithDb(db => db.HealthSnapshots.CountAsync()));
        Assert.Equal(4, _metrics.Observations);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found(string provider)
    {
        await SeedAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => WithDb(db => Service(db).EvaluateAsync("cs_nobody", Options, default)));

        Assert.Contains("cs_nobody", error.Message, StringComparison.Ordinal);
    }

    private static (int?, decimal?, HealthTrend?, string, string) Key(HealthAssessment a) =>
        (a.Overall, a.WeightedScore, a.Trend, a.Summary, string.Join("|", a.Components.Select(c => $"{c.Component}:{c.Score}:{c.AppliedWeight}")));

    private HealthScoringService Service(CsMcpDbContext db) => Create<HealthScoringService>(db, services => services.AddSingleton<IHealthMetrics>(_metrics));

    private async Task SeedAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthDataset.SeedAsync(db);
            return 0;
        });
    }

    private sealed class CountingHealthMetrics : IHealthMetrics
    {
        public int Observations { get; private set; }

        public void ObserveCalculation(TimeSpan elapsed) => Observations++;
    }
}
