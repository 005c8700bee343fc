using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.CalculateHealthScore;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Application.Tests.Features.Health;

public sealed class CalculateHealthScoreTests : CoreToolTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
    private readonly MissingCache _cache = new();

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_client_is_explained_stored_and_compared_with_its_history(string provider)
    {
        await SeedAsync(provider);
        await WithDb(async db =>
        {
            db.HealthSnapshots.AddRange(
                Snapshot(HealthDataset.Gamma, HealthDataset.At(3, 31, 23, 59, 59), 70),
                Snapshot(HealthDataset.Gamma, HealthDataset.At(4, 30, 23, 59, 59), 75),
                Snapshot(HealthDataset.Gamma, HealthDataset.At(5, 31, 23, 59, 59), 80));
            return await db.SaveChangesAsync();
        });

        var result = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { ClientId = HealthDataset.Gamma }, default).AsTask());

        Assert.Equal("client", result.Mode);
        var client = Assert.IsType<ClientHealthScore>(result.Client);
        Assert.Equal((88, RiskLevel.Low, HealthTrend.Improving, 8), (client.Assessment.Overall, client.Assessment.RiskLevel, client.Assessment.Trend, client.Assessment.Change));
        Assert.Equal([ComponentStatus.Scored, ComponentStatus.Scored, ComponentStatus.Scored, ComponentStatus.NoData, ComponentStatus.Scored],
            client.Assessment.Components.Select(c => c.Status));
        Assert.Equal("stored", client.Snapshot.Status);
        Assert.Equal([70, 75, 80], client.HistoricalScores.Select(h => h.HealthScore));
        Assert.Equal(3, client.HistoricalScoresTotal);
        Assert.Equal((1, 1, "monthly"), (client.ComputedFrom.EngagementEvents, client.ComputedFrom.UsagePeriods, client.ComputedFrom.UsageGranularity));

        // 70, 75, 80 at -76, -45, -15 days and 88 today: least squares gives about +7.5 points per 30 days.
        var prediction = Assert.IsType<HealthPrediction>(client.Predictions);
        Assert.Equal(("projected", 4), (prediction.Status, prediction.PointsUsed));
        Assert.Equal(3, prediction.PredictedScores.Count);
        var stored = await WithDb(db => db.Clients.AsNoTracking().SingleAsync(c => c.ClientId == HealthDataset.Gamma));
        Assert.Equal((88, HealthTrend.Improving), (stored.HealthScore, stored.HealthTrend));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_history_there_is_no_projection_and_a_second_call_writes_nothing(string provider)
    {
        await SeedAsync(provider);

        var first = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { ClientId = HealthDataset.Alpha }, default).AsTask());
        var second = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { ClientId = HealthDataset.Alpha }, default).AsTask());

        Assert.Equal("not_enough_history", first.Client!.Predictions!.Status);
        Assert.Equal("Not enough history to project: 1 scores over 0 days; a projection needs at least 3 scores spanning 60 days.", first.Client.Predictions.Note);
        Assert.Equal(("stored", "unchanged"), (first.Client.Snapshot.Status, second.Client!.Snapshot.Status));
        var withoutPredictions = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { ClientId = HealthDataset.Alpha, IncludePredictions = false }, default).AsTask());
        Assert.Null(withoutPredictions.Client!.Predictions);
        Assert.Equal(first.Client.Snapshot.SnapshotId, second.Client.Snapshot.SnapshotId);
        Assert.Equal(1, await WithDb(db => db.HealthSnapshots.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Custom_weights_are_applied(string provider)
    {
        await SeedAsync(provider);
        var weights = new ComponentWeights { UsageWeight = 1m, EngagementWeight = 0m, SupportWeight = 0m, SatisfactionWeight = 0m, PaymentWeight = 0m };

        var result = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { ClientId = HealthDataset.Gamma, ScoringModel = "custom", ComponentWeights = weights }, default).AsTask());

        Assert.Equal(96, result.Client!.Assessment.Overall);
        Assert.Equal(new HealthWeights(1m, 0m, 0m, 0m, 0m), result.Client.ConfiguredWeights);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_portfolio_recalculation_summarises_by_band_and_lists_the_worst_first(string provider)
    {
        await SeedAsync(provider);

        var result = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { Limit = 2 }, default).AsTask());

        var portfolio = Assert.IsType<PortfolioHealthRecalculation>(result.Portfolio);
        Assert.Equal((3, 3, 0, 3), (portfolio.Summary.ClientsMatched, portfolio.Summary.ClientsScored, portfolio.Summary.InsufficientData, portfolio.Summary.SnapshotsStored));
        Assert.Equal([HealthDataset.Bare, HealthDataset.Alpha], portfolio.Clients.Select(c => c.ClientId));
        Assert.Equal((true, 2), (portfolio.Pagination.HasMore, portfolio.Pagination.NextOffset));
        Assert.Equal(3, await WithDb(db => db.Clients.CountAsync(c => c.HealthScore != null)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Portfolio_filters_select_the_clients(string provider)
    {
        await SeedAsync(provider);

        var result = await WithDb(db => Handler(db).Handle(new CalculateHealthScore { Tiers = ["enterprise"], ArrMin = 100_000m }, default).AsTask());

        Assert.Equal([HealthDataset.Gamma], result.Portfolio!.Clients.Select(c => c.ClientId));
        Assert.Equal(["enterprise"], result.Portfolio.Filters.Tiers);
        Assert.Equal(100_000m, result.Portfolio.Filters.ArrMin);
    }

    [Theory]
    [InlineData("{\"scoring_model\":\"neural\"}", "'scoring_model' must be one of: weighted_composite, ml_predictive, custom (case-insensitive); got 'neural'.")]
    [InlineData("{\"scoring_model\":\"custom\"}", "'component_weights' is required when scoring_model is custom: give usage_weight, engagement_weight, support_weight, satisfaction_weight and payment_weight (each 0-1, summing to 1).")]
    [InlineData("{\"lookback_period_days\":0}", "'lookback_period_days' must be between 1 and 365; got 0.")]
    [InlineData("{\"risk_threshold\":101}", "'risk_threshold' must be between 0 and 100; got 101.")]
    [InlineData("{\"limit\":501}", "'limit' must be between 1 and 500; got 501.")]
    [InlineData("{\"client_id\":\"cs_x\",\"tiers\":[\"enterprise\"]}", "'client_id' cannot be combined with the portfolio filters (tiers, lifecycle_stages, industries, csm, arr_min, arr_max, health_score_min, health_score_max, renewal_within_days): they select the clients of a portfolio recalculation; omit client_id or the filters.")]
    [InlineData("{\"tiers\":[\"gold\"]}", "'tiers' has 'gold', which is not one of: starter, standard, professional, enterprise (case-insensitive).")]
    public void Invalid_arguments_are_named_with_their_rule(string json, string message)
    {
        var request = System.Text.Json.JsonSerializer.Deserialize<CalculateHealthScore>(json, SnakeCase)!;

        var errors = new CalculateHealthScoreValidator().Validate(request).Errors.Select(e => e.ErrorMessage);

        Assert.Contains(message, errors);
    }

    [Fact]
    public void Custom_weights_must_be_complete_and_sum_to_one()
    {
        var request = new CalculateHealthScore
        {
            ScoringModel = "custom",
            ComponentWeights = new ComponentWeights { UsageWeight = 0.5m, EngagementWeight = 0.2m, SupportWeight = 0.1m, SatisfactionWeight = 0.1m, PaymentWeight = 0.05m },
        };
        var missing = request with { ComponentWeights = new ComponentWeights { UsageWeight = 1m } };

        Assert.Equal(["'component_weights': the weights must sum to 1 (+/- 0.01); they sum to 0.95."], new CalculateHealthScoreValidator().Validate(request).Errors.Select(e => e.ErrorMessage));
        Assert.Equal(["'component_weights' must give all five weights; missing: engagement_weight, support_weight, satisfaction_weight, payment_weight."],
            new CalculateHealthScoreValidator().Validate(missing).Errors.Select(e => e.ErrorMessage));
    }

    private CalculateHealthScoreHandler Handler(CsMcpDbContext db) => Create<CalculateHealthScoreHandler>(db, services => services.AddSingleton<IReadCache>(_cache));

    private static HealthSnapshot Snapshot(string client, DateTime at, int overall) =>
        new() { ClientId = client, ScoringModel = "weighted_composite", CalculatedAt = at, LookbackDays = 30, OverallScore = overall };

    private async Task SeedAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthDataset.SeedAsync(db);
            return 0;
        });
    }

    /// <summary>Always computes: these tests are about the handler, the cache is tested over the real server.</summary>
    private sealed class MissingCache : IReadCache
    {
        public ValueTask<T> GetOrCreateAsync<T>(string cacheType, string key, string? clientId, Func<CancellationToken, ValueTask<T>> factory, CancellationToken cancellationToken) =>
            factory(cancellationToken);
    }
}
