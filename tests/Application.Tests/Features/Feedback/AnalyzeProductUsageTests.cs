using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;
using CsMcp.Application.Features.Feedback.AnalyzeProductUsage;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Application.Tests.Features.Health;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;
using CsMcp.Domain.Health;
using CsMcp.Domain.Integrations;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthDataset;

namespace CsMcp.Application.Tests.Features.Feedback;

/// <summary>
/// Over HealthDataset at 2026-06-15: the default period is 2026-05-16..06-15 and the previous one 04-15..05-15. Alpha (professional,
/// 120,000) has monthly usage Apr 2-May 1 55/60 active, May 40/60, June 50/60 (actions 8 x logins 2,000 / 600 / 900), dashboards
/// in use and workflows lapsed on 05-10; Gamma (enterprise) 90/100 active from 05-16 to 06-14 with all three features in use.
/// </summary>
public sealed class AnalyzeProductUsageTests : CoreToolTestBase
{
    private Task<AnalyzeProductUsageResult> Call(AnalyzeProductUsage query) =>
        WithDb(async db => await new AnalyzeProductUsageHandler(db, Clock).Handle(query, default));

    private async Task SeedAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthDataset.SeedAsync(db);
            db.IntegrationSyncStates.Add(new IntegrationSyncState { ClientId = Alpha, Integration = "mixpanel", LastSyncedAt = At(6, 15, 6) });
            return await db.SaveChangesAsync();
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Usage_health_opportunities_and_risks_come_from_the_stored_usage_and_features(string provider)
    {
        await SeedAsync(provider);

        var result = await Call(new AnalyzeProductUsage { ClientId = Alpha });

        Assert.Equal(new PeriodView(new(2026, 5, 16), new(2026, 6, 15), 31), result.Period);
        Assert.Equal(new UsageDataSource("mixpanel", At(6, 15, 6), 2, 31), result.DataSource);
        Assert.Equal(new ProductUsageSummary(43, 6_160m, 44.84m, 770m, 0.5m, "down", -0.4552m), result.Summary);
        Assert.Equal(
            [
                new MetricChange("actions_per_day", 198.71m, 364.73m, -166.02m, -0.4552m, "down"),
                new MetricChange("active_user_ratio", 0.7473m, 0.8038m, -0.0565m, -0.0703m, "down"),
                new MetricChange("features_in_use", 1m, 2m, -1m, -0.5m, "down"),
            ],
            result.Trends);
        var features = result.FeatureInsights!;
        Assert.Equal((2, 1, 0.5m), (features.FeaturesAvailable, features.FeaturesInUse, features.AdoptionRate));
        Assert.Equal(["feat_dashboards"], features.MostUsed.Select(f => f.FeatureId));
        Assert.Equal([("feat_workflows", FeatureUse.Lapsed)], features.Underutilized.Select(f => (f.FeatureId, f.Status)));
        Assert.Empty(features.RecentlyAdopted);
        Assert.Equal(new UserInsights(60m, 14.45m, 22.42m, 15.16m, new UserSegmentation(60m, 14.45m, 7.97m, 22.42m, 15.16m)), result.UserInsights);
        Assert.Equal(0.1115m, result.AdoptionAnalysis!.FeatureUserAdoption);
        Assert.Equal(
            [new CategoryAdoption(FeatureCategory.Core, 2, 1, 0.5m)],
            result.AdoptionAnalysis.ByCategory);
        var upgrade = Assert.Single(result.Opportunities.Expansion);
        Assert.Equal(("tier_upgrade", 120_000m, "14.45 average daily users (more than 5); professional to enterprise x2.0 on 120000"),
            (upgrade.Type, upgrade.EstimatedArr, upgrade.Evidence));
        Assert.Equal(120_000m, result.Opportunities.EstimatedArrPotential);
        Assert.Equal([("declining_usage", AlertSeverity.High), ("high_inactive_users", AlertSeverity.Medium)], result.RiskIndicators.Select(r => (r.Code, r.Severity)));
        Assert.Equal("15.16 of 60 licensed users inactive (average active 44.84)", result.RiskIndicators[1].Evidence);
        Assert.Equal(
            [
                "Usage health is 43 (under 60): hold an urgent usage review with Alpha.",
                "Act on declining_usage: Usage fell versus the previous period. (actions per day 198.71 vs 364.73 (relative change -0.4552)).",
                "Discuss tier_upgrade (about 120000 ARR): 14.45 average daily users (more than 5); professional to enterprise x2.0 on 120000.",
                "Offer training on feat_workflows (feat_workflows): available to the tier, lapsed in the period.",
            ],
            result.Recommendations);
        Assert.Equal(new TierBenchmark("active_user_ratio", ClientTier.Professional, 0.7473m, 0, 0, null, null, null), result.Benchmarks);
        Assert.Equal(["benchmark: no other client of the tier has usage data in the period."], result.MissingData);
        Assert.StartsWith("Stored usage periods of cs_alpha overlapping 2026-05-16..2026-06-15 and the previous 31 days (last synced from Mixpanel 2026-06-15 06:00 UTC)",
            result.ComputedFrom, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_a_previous_period_there_is_no_trend_multiplier_and_partial_coverage_is_said(string provider)
    {
        await SeedAsync(provider);

        var result = await Call(new AnalyzeProductUsage { ClientId = Gamma, CompareToBenchmark = false, IncludeFeatureBreakdown = false });

        // 100 x 1.0 x 0.3 + 100 x 0.0556 x 0.3 + 100 x 0.9 x 0.4 = 67.67, no multiplier.
        Assert.Equal(new ProductUsageSummary(67, 21_600m, 90m, 2_700m, 1m, "no_data", null), result.Summary);
        Assert.Equal(0.0556m, result.AdoptionAnalysis!.FeatureUserAdoption);
        Assert.Equal("stored", result.DataSource.Source);
        Assert.Null(result.FeatureInsights);
        Assert.Null(result.Benchmarks);
        Assert.Empty(result.Opportunities.Expansion);
        Assert.Empty(result.RiskIndicators);
        Assert.Empty(result.Recommendations);
        Assert.Equal(
            [
                "usage: stored periods cover 30 of the 31 days; averages are over the covered days, totals only count them.",
                "comparison: no stored usage period overlaps the previous period, so usage_trend is no_data and the score uses no trend multiplier.",
            ],
            result.MissingData);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_client_without_usage_gets_missing_figures_not_zeros(string provider)
    {
        await SeedAsync(provider);

        var result = await Call(new AnalyzeProductUsage
        {
            ClientId = Bare, PeriodStart = new(2026, 6, 1), PeriodEnd = new(2026, 6, 14), IncludeUserSegmentation = false, IncludeAdoptionAnalysis = false,
        });

        Assert.Equal(new PeriodView(new(2026, 6, 1), new(2026, 6, 14), 14), result.Period);
        Assert.Equal(new ProductUsageSummary(null, null, null, null, 0m, "no_data", null), result.Summary);
        Assert.Null(result.UsageAnalytics);
        Assert.Null(result.UserInsights);
        Assert.Null(result.AdoptionAnalysis);
        Assert.Equal(["low_feature_utilization"], result.RiskIndicators.Select(r => r.Code));
        Assert.Equal(["Offer training on feat_dashboards (feat_dashboards): available to the tier, never used in the period."], result.Recommendations);
        Assert.Equal(
            [
                "usage: no stored usage period overlaps the period, so usage figures, the score, user insights and opportunities are missing (not zero).",
                "comparison: no stored usage period overlaps the previous period, so usage_trend is no_data and the score uses no trend multiplier.",
                "benchmark: no other client of the tier has usage data in the period.",
            ],
            result.MissingData);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found(string provider)
    {
        await SeedAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Call(new AnalyzeProductUsage { ClientId = "cs_nobody" }));

        Assert.Contains("cs_nobody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_checks_the_client_and_the_period()
    {
        var validator = new AnalyzeProductUsageValidator(TestClock.Create());

        var errors = ArgumentErrors.From(validator.Validate(new AnalyzeProductUsage { ClientId = "bad id", PeriodStart = new(2026, 6, 20), PeriodEnd = new(2026, 6, 16) }).Errors);
        var tooLong = ArgumentErrors.From(validator.Validate(new AnalyzeProductUsage { ClientId = Alpha, PeriodStart = new(2024, 1, 1) }).Errors);

        Assert.StartsWith("'client_id' ", Assert.Single(errors["client_id"]), StringComparison.Ordinal);
        Assert.Equal("'period_end' must not be in the future (today is 2026-06-15); got 2026-06-16.", Assert.Single(errors["period_end"]));
        Assert.Equal("'period_start' must be on or before period_end (2026-06-16); got 2026-06-20.", Assert.Single(errors["period_start"]));
        Assert.Equal("'period_start' must be at most 730 days before period_end; give a later start.", Assert.Single(tooLong["period_start"]));
        Assert.True(validator.Validate(new AnalyzeProductUsage { ClientId = Alpha }).IsValid);
    }
}
