using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Feedback.TrackCsMetrics;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;
using CsMcp.Domain.Metrics;
using CsMcp.Domain.Surveys;
using CsMcp.Infrastructure.Persistence;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Feedback.CsMetricsData;

namespace CsMcp.Application.Tests.Features.Feedback;

public sealed class TrackCsMetricsTests : CoreToolTestBase
{
    private static readonly DateOnly April1 = new(2026, 4, 1);
    private static readonly DateOnly June15 = new(2026, 6, 15);
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private Task<TrackCsMetricsResult> Call(TrackCsMetrics query) =>
        WithDb(async db => await Create<TrackCsMetricsHandler>(db).Handle(query, default));

    private Task<int> Seed(Action<CsMcpDbContext> add) => WithDb(async db =>
    {
        add(db);
        return await db.SaveChangesAsync();
    });

    private static MetricPoint Point(string label, DateOnly start, DateOnly end, decimal? value, int n) => new(label, start, end, value, n);

    private static decimal?[] Values(TrackCsMetricsResult result) => [.. result.TrendData!.Select(p => p.Value)];

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Nps_of_the_portfolio_by_month_with_a_missing_month(string provider)
    {
        await UseAsync(provider);
        await Seed(db => { AddClientsAB(db); AddNps(db); });

        var result = await Call(new TrackCsMetrics { MetricType = "nps", PeriodStart = new(2026, 4, 10), PeriodEnd = June15 });

        Assert.Equal(
            [Point("2026-04", new(2026, 4, 10), new(2026, 4, 30), 33, 3), Point("2026-05", new(2026, 5, 1), new(2026, 5, 31), null, 0),
                Point("2026-06", new(2026, 6, 1), June15, 50, 4)],
            result.TrendData);
        Assert.Equal(new CurrentMetric(43, "43", 7, false, MetricTrend.Up, 51.5m, MetricHealth.Good), result.CurrentMetrics);
        Assert.Equal(new MetricBenchmarks(43, null, null, null, null, 60, 50, 2, "portfolio", MetricComparison.Equal), result.Benchmarks);
        Assert.Equal(("portfolio", null as string), (result.Scope, result.ClientId));
        Assert.Equal(new MetricPeriod(new(2026, 4, 10), June15, 67, MetricGranularity.Monthly), result.Period);
        Assert.Equal(MetricChartType.Line, result.VisualizationData.ChartType);
        Assert.Equal([new BenchmarkLine("portfolio_average", 43), new BenchmarkLine("top_quartile", 60)], result.VisualizationData.BenchmarkLines);
        Assert.Contains("1 of 3 monthly buckets have no data (value null).", result.Notes);
        Assert.Contains("Up +51.5 % from 2026-04 (33) to 2026-06 (50).", result.Insights);
        Assert.Null(result.SegmentedData);
        Assert.False(result.Truncated);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Weekly_daily_and_quarterly_buckets_are_calendar_aligned_and_clipped(string provider)
    {
        await UseAsync(provider);
        await Seed(db => { AddClientsAB(db); AddNps(db); });

        var weekly = await Call(new TrackCsMetrics { MetricType = "nps", Granularity = "weekly", PeriodStart = new(2026, 6, 1), PeriodEnd = June15 });
        var daily = await Call(new TrackCsMetrics { MetricType = "nps", Granularity = "daily", PeriodStart = new(2026, 6, 1), PeriodEnd = new(2026, 6, 3) });
        var quarterly = await Call(new TrackCsMetrics { MetricType = "nps", Granularity = "quarterly" });

        Assert.Equal(
            [Point("2026-W23", new(2026, 6, 1), new(2026, 6, 7), 100, 2), Point("2026-W24", new(2026, 6, 8), new(2026, 6, 14), 0, 2),
                Point("2026-W25", June15, June15, null, 0)],
            weekly.TrendData);
        Assert.Equal((MetricTrend.Down, -100m), (weekly.CurrentMetrics.TrendDirection, weekly.CurrentMetrics.PercentChange));
        Assert.Equal(["2026-06-01", "2026-06-02", "2026-06-03"], daily.TrendData!.Select(p => p.Period));
        Assert.Equal([null, 100m, null], Values(daily));
        Assert.Equal(
            [Point("2026-Q1", new(2026, 3, 17), new(2026, 3, 31), null, 0), Point("2026-Q2", April1, June15, 43, 7)],
            quarterly.TrendData);
        Assert.Equal((MetricTrend.Flat, null as decimal?), (quarterly.CurrentMetrics.TrendDirection, quarterly.CurrentMetrics.PercentChange));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_client_is_benchmarked_against_its_industry_and_tier(string provider)
    {
        await UseAsync(provider);
        await Seed(db =>
        {
            AddClientsAB(db);
            db.Clients.Add(Client("c-c", ClientTier.Enterprise, "Healthcare", new(2026, 4, 10)));
            AddNps(db);
        });

        var result = await Call(new TrackCsMetrics { MetricType = "nps", ClientId = "c-a", Tiers = ["starter"] });

        Assert.Equal([null, 100m, null, 33m], Values(result));
        Assert.Equal(new CurrentMetric(60, "60", 5, false, MetricTrend.Down, -67m, MetricHealth.Good), result.CurrentMetrics);
        Assert.Equal(new MetricBenchmarks(43, "Technology", 60, "enterprise", 60, 60, 100, 2, "industry", MetricComparison.Equal), result.Benchmarks);
        Assert.Equal(("client", "c-a"), (result.Scope, result.ClientId));
        Assert.Null(result.FiltersApplied.Tiers);
        Assert.Contains("Urgent: nps moved the wrong way (-67.0 %) in 2026-06; review what changed in that period.", result.RecommendedActions);
        Assert.Contains("At least as good as 100 % of 2 clients measured.", result.Insights);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_tier_filter_is_compared_with_the_portfolio_and_segments_show_the_gap(string provider)
    {
        await UseAsync(provider);
        await Seed(db => { AddClientsAB(db); AddNps(db); });

        var starter = await Call(new TrackCsMetrics { MetricType = "nps", Tiers = ["starter"] });
        var segmented = await Call(new TrackCsMetrics { MetricType = "nps", SegmentBy = ["tier", "industry"] });

        // B alone: April -100 (one detractor), June 100 (one promoter): +200 %.
        Assert.Equal(new CurrentMetric(0, "0", 2, false, MetricTrend.Up, 200m, MetricHealth.Poor), starter.CurrentMetrics);
        Assert.Equal(new MetricBenchmarks(43, null, null, "starter", 0, 60, 50, 2, "portfolio", MetricComparison.Worse), starter.Benchmarks);
        Assert.Equal("filtered_portfolio", starter.Scope);
        Assert.Contains("Investigate why nps is poor against the portfolio benchmark and set an improvement plan.", starter.RecommendedActions);
        Assert.Equal([new SegmentValue("enterprise", 1, 60, "60", 5), new SegmentValue("starter", 1, 0, "0", 2)], segmented.SegmentedData!.ByTier);
        Assert.Equal([new SegmentValue("Healthcare", 1, 0, "0", 2), new SegmentValue("Technology", 1, 60, "60", 5)], segmented.SegmentedData.ByIndustry);
        Assert.Contains("Widest segment gap: enterprise 60 vs starter 0.", segmented.Insights);
        Assert.Contains("Focus on starter: 0 against 43 overall.", segmented.RecommendedActions);
    }

    private static void AddChurnPortfolio(CsMcpDbContext db)
    {
        AddClientsAB(db);
        db.Clients.AddRange(
            Client("c-c", ClientTier.Enterprise, "Healthcare", new(2026, 4, 10)),
            Client("c-d", ClientTier.Starter, "Technology", new(2025, 3, 1)),
            Client("c-e", ClientTier.Starter, "Healthcare", new(2025, 2, 1)));
        db.ChurnRecords.Add(Churn("c-d", new(2026, 5, 20)));
        db.LifecycleStageChanges.Add(Move("c-e", LifecycleStage.AtRisk, LifecycleStage.Churned, At(4, 5)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Churn_and_retention_over_the_customers_at_each_bucket_start(string provider)
    {
        await UseAsync(provider);
        await Seed(AddChurnPortfolio);

        var churn = await Call(new TrackCsMetrics { MetricType = "churn_rate", PeriodStart = April1, PeriodEnd = June15, SegmentBy = ["tier"] });
        var retention = await Call(new TrackCsMetrics { MetricType = "retention_rate", PeriodStart = April1, PeriodEnd = June15 });

        // April: A, B, D, E at 04-01 (C starts 04-10), E churns; May: A, B, C, D, D churns; June: A, B, C.
        Assert.Equal(
            [Point("2026-04", April1, new(2026, 4, 30), 0.25m, 4), Point("2026-05", new(2026, 5, 1), new(2026, 5, 31), 0.25m, 4),
                Point("2026-06", new(2026, 6, 1), June15, 0m, 3)],
            churn.TrendData);
        Assert.Equal(new CurrentMetric(0.5m, "50.0%", 4, true, MetricTrend.Down, -100m, MetricHealth.Good), churn.CurrentMetrics);
        Assert.Equal((null as decimal?, null as int?, 0), (churn.Benchmarks!.TopQuartile, churn.Benchmarks.Percentile, churn.Benchmarks.ClientsCompared));
        Assert.Contains("churn_rate is a rate over a client population (a client's own is 0 or 1): no top quartile or percentile.", churn.Notes);
        Assert.DoesNotContain(churn.RecommendedActions, a => a.StartsWith("Urgent", StringComparison.Ordinal));
        Assert.Equal([new SegmentValue("enterprise", 2, 0m, "0.0%", 1), new SegmentValue("starter", 3, 0.6667m, "66.7%", 3)], churn.SegmentedData!.ByTier);
        Assert.Equal(MetricChartType.Area, churn.VisualizationData.ChartType);
        Assert.Equal([0.75m, 0.75m, 1m], Values(retention));
        Assert.Equal(new CurrentMetric(0.5m, "50.0%", 4, false, MetricTrend.Up, 33.3m, MetricHealth.Good), retention.CurrentMetrics);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Health_and_engagement_average_each_clients_latest_snapshot(string provider)
    {
        await UseAsync(provider);
        await Seed(db =>
        {
            AddClientsAB(db);
            db.HealthSnapshots.AddRange(
                Snapshot("c-a", At(3, 31), 99), Snapshot("c-a", At(4, 30), 80, 50), Snapshot("c-a", At(5, 31), 70), Snapshot("c-a", At(6, 15), 74),
                Snapshot("c-b", At(4, 30), 60), Snapshot("c-b", At(5, 15), 50), Snapshot("c-b", At(5, 31), 56));
        });

        var health = await Call(new TrackCsMetrics { MetricType = "health_score", PeriodStart = April1, PeriodEnd = June15 });
        var engagement = await Call(new TrackCsMetrics { MetricType = "engagement_score", PeriodStart = April1, PeriodEnd = June15 });

        Assert.Equal([70m, 63m, 74m], Values(health));
        Assert.Equal([2, 2, 1], health.TrendData!.Select(p => p.SampleSize));
        Assert.Equal(new CurrentMetric(65m, "65.0/100", 2, false, MetricTrend.Up, 17.5m, MetricHealth.Good), health.CurrentMetrics);
        Assert.Equal((74m, 50 as int?), (health.Benchmarks!.TopQuartile, health.Benchmarks.Percentile));
        Assert.Equal([50m, null, null], Values(engagement));
        Assert.Equal((50m, 1), (engagement.CurrentMetrics.Value, engagement.CurrentMetrics.SampleSize));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Survey_and_ticket_satisfaction_average_their_scales(string provider)
    {
        await UseAsync(provider);
        await Seed(db =>
        {
            AddClientsAB(db);
            db.SurveyResponses.AddRange(
                Survey("c-a", SurveyType.Csat, 4, At(4, 10)), Survey("c-a", SurveyType.Csat, 5, At(4, 20)), Survey("c-b", SurveyType.Csat, 3, At(6, 1)),
                Survey("c-a", SurveyType.Ces, 6, At(5, 5)), Survey("c-b", SurveyType.Ces, 7, At(5, 6)));
            db.SupportTickets.AddRange(Ticket("c-a", 5, At(4, 2)), Ticket("c-a", null, At(4, 3)), Ticket("c-b", 2, At(6, 3)));
        });

        var csat = await Call(new TrackCsMetrics { MetricType = "csat", PeriodStart = April1, PeriodEnd = June15 });
        var ces = await Call(new TrackCsMetrics { MetricType = "ces", PeriodStart = April1, PeriodEnd = June15 });
        var support = await Call(new TrackCsMetrics { MetricType = "support_satisfaction", PeriodStart = April1, PeriodEnd = June15 });

        Assert.Equal([4.5m, null, 3m], Values(csat));
        Assert.Equal((4m, "4.0/5.0", 3), (csat.CurrentMetrics.Value, csat.CurrentMetrics.FormattedValue, csat.CurrentMetrics.SampleSize));
        Assert.Equal([null, 6.5m, null], Values(ces));
        Assert.Equal(("6.5/7.0", false), (ces.CurrentMetrics.FormattedValue, ces.CurrentMetrics.LowerIsBetter));
        Assert.Equal([5m, null, 2m], Values(support));
        Assert.Equal(new CurrentMetric(3.5m, "3.5/5.0", 2, false, MetricTrend.Down, -60m, MetricHealth.Good), support.CurrentMetrics);
        Assert.Contains(support.RecommendedActions, a => a.StartsWith("Urgent: support_satisfaction", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Time_to_value_counts_days_from_the_first_contract_to_the_first_core_feature_use(string provider)
    {
        await UseAsync(provider);
        await Seed(db =>
        {
            AddClientsAB(db);
            db.Clients.AddRange(Client("c-c", ClientTier.Enterprise, "Healthcare", new(2026, 4, 10)), Client("c-f", ClientTier.Starter, "Retail", new(2026, 3, 1)));
            db.Features.AddRange(Feature("feat_core", ClientTier.Starter, new(2025, 1, 1)), Feature("feat_more", ClientTier.Starter, new(2025, 1, 1)),
                Feature("feat_adv", ClientTier.Starter, new(2025, 1, 1), FeatureCategory.Advanced));
            db.FeatureAdoptions.AddRange(
                Adoption("c-a", "feat_core", new(2025, 2, 1, 9, 0, 0, DateTimeKind.Utc)), Adoption("c-a", "feat_more", At(4, 2)),
                Adoption("c-b", "feat_core", new(2025, 7, 1, 9, 0, 0, DateTimeKind.Utc)),
                Adoption("c-f", "feat_core", At(4, 15)),
                Adoption("c-c", "feat_adv", At(4, 20)), Adoption("c-c", "feat_core", At(5, 10)));
        });

        var result = await Call(new TrackCsMetrics { MetricType = "time_to_value", PeriodStart = April1, PeriodEnd = June15 });

        Assert.Equal([45m, 30m, null], Values(result));
        Assert.Equal(new CurrentMetric(37.5m, "37.5 days", 2, true, MetricTrend.Down, -33.3m, MetricHealth.Good), result.CurrentMetrics);
        Assert.Equal((30m, 50 as int?), (result.Benchmarks!.TopQuartile, result.Benchmarks.Percentile));
        Assert.DoesNotContain(result.RecommendedActions, a => a.StartsWith("Urgent", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Expansion_is_arr_added_above_the_previous_term(string provider)
    {
        await UseAsync(provider);
        await Seed(db =>
        {
            AddClientsAB(db);
            db.Contracts.AddRange(
                Term("c-a", new(2025, 1, 1), new(2025, 12, 31), 100_000), Term("c-a", new(2026, 1, 1), new(2026, 12, 31), 100_000),
                Term("c-a", new(2026, 5, 1), new(2027, 4, 30), 120_000),
                Term("c-b", new(2025, 6, 1), new(2026, 5, 31), 50_000), Term("c-b", new(2026, 6, 1), new(2027, 5, 31), 45_000));
        });

        var result = await Call(new TrackCsMetrics { MetricType = "expansion_rate", PeriodStart = April1, PeriodEnd = June15 });

        // May: A's 120k term follows its 100k one: 20k / (100k + 50k); B's June renewal is lower, not expansion.
        Assert.Equal([0m, 0.1333m, 0m], Values(result));
        Assert.Equal(new CurrentMetric(0.1333m, "13.3%", 2, false, MetricTrend.Down, -100m, MetricHealth.Good), result.CurrentMetrics);
        Assert.Equal((0.2m, 50 as int?), (result.Benchmarks!.TopQuartile, result.Benchmarks.Percentile));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Feature_adoption_is_the_share_of_available_features_used_by_each_bucket_end(string provider)
    {
        await UseAsync(provider);
        await Seed(db =>
        {
            AddClientsAB(db);
            db.Features.AddRange(Feature("feat_one", ClientTier.Starter, new(2025, 1, 1)), Feature("feat_two", ClientTier.Enterprise, new(2025, 1, 1)),
                Feature("feat_three", ClientTier.Starter, new(2026, 5, 15)));
            db.FeatureAdoptions.AddRange(Adoption("c-a", "feat_one", new(2025, 2, 1, 9, 0, 0, DateTimeKind.Utc)), Adoption("c-a", "feat_two", At(4, 20)),
                Adoption("c-b", "feat_one", At(5, 20)), Adoption("c-b", "feat_three", At(6, 1)));
        });

        var result = await Call(new TrackCsMetrics { MetricType = "feature_adoption", PeriodStart = April1, PeriodEnd = June15 });

        // April end: A 2/2, B 0/1; May end: A 2/3 (feat_three released), B 1/2; June 15: A 2/3, B 2/2.
        Assert.Equal([0.5m, 0.5833m, 0.8333m], Values(result));
        Assert.Equal(new CurrentMetric(0.8333m, "83.3%", 2, false, MetricTrend.Up, 42.9m, MetricHealth.Good), result.CurrentMetrics);
        Assert.Equal(MetricChartType.Bar, result.VisualizationData.ChartType);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_period_without_data_reports_it_missing_and_flags_omit_sections(string provider)
    {
        await UseAsync(provider);
        await Seed(db => { AddClientsAB(db); AddNps(db); });

        var empty = await Call(new TrackCsMetrics { MetricType = "nps", PeriodStart = new(2026, 1, 1), PeriodEnd = new(2026, 1, 31) });
        var bare = await Call(new TrackCsMetrics { MetricType = "nps", IncludeTrends = false, IncludeBenchmarks = false });

        Assert.Equal(new CurrentMetric(null, null, 0, false, MetricTrend.Flat, null, null), empty.CurrentMetrics);
        Assert.Equal([null as decimal?], Values(empty));
        Assert.Null(empty.Benchmarks!.PortfolioAverage);
        Assert.Contains("No data for nps in scope 2026-01-01..2026-01-31: the value is missing, not zero.", empty.Notes);
        Assert.Equal(["No nps data in the period for this scope."], empty.Insights);
        Assert.Null(bare.TrendData);
        Assert.Null(bare.Benchmarks);
        Assert.Null(bare.CurrentMetrics.HealthStatus);
        Assert.Equal(43m, bare.CurrentMetrics.Value);
        Assert.Contains("include_benchmarks is false: health_status needs a benchmark and is not computed.", bare.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_daily_series_over_the_longest_period_fits_the_result_budget(string provider)
    {
        await UseAsync(provider);
        await Seed(db => { AddClientsAB(db); AddNps(db); });

        var result = await Call(new TrackCsMetrics { MetricType = "nps", Granularity = "daily", PeriodStart = new(2024, 6, 16), SegmentBy = ["tier", "industry"] });

        Assert.Equal(730, result.TrendData!.Count);
        Assert.False(result.Truncated);
        Assert.Equal(7, result.TrendData.Sum(p => p.SampleSize));
        Assert.InRange(JsonSerializer.SerializeToUtf8Bytes(result, SnakeCase).Length,
            1, 100_000);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found(string provider)
    {
        await UseAsync(provider);
        await Seed(AddClientsAB);

        await Assert.ThrowsAsync<NotFoundException>(() => Call(new TrackCsMetrics { MetricType = "nps", ClientId = "c-missing" }));
    }
}
