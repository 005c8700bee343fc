using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.TrackUsageEngagement;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Health;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthDataset;

namespace CsMcp.Application.Tests.Features.Health;

/// <summary>
/// Over HealthDataset plus three professional peers of Alpha (ratio 0.5 in May, 0.9 in June, one without usage) and a named
/// contact's login of Alpha on 2026-05-25. Alpha's monthly usage: Apr 2-May 1 55/60 active, 2,000 logins; May 2-31 40/60, 600;
/// June 50/60, 900 (DAU = active / 3, WAU = active / 2, MAU = active, minutes = 20 x logins, actions = 8 x logins).
/// </summary>
public sealed class TrackUsageEngagementTests : CoreToolTestBase
{
    private const string PeerMay = "cs_peer_may";
    private const string PeerJune = "cs_peer_june";
    private const string PeerBare = "cs_peer_bare";

    private Task<TrackUsageEngagementResult> Track(TrackUsageEngagement query) =>
        WithDb(async db => await new TrackUsageEngagementHandler(db, Clock).Handle(query, default));

    private async Task SeedAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await HealthDataset.SeedAsync(db);
            db.Clients.AddRange(
                NewClient(PeerMay, "Peer May", ClientTier.Professional, LifecycleStage.Active, 50_000m),
                NewClient(PeerJune, "Peer June", ClientTier.Professional, LifecycleStage.Active, 50_000m),
                NewClient(PeerBare, "Peer Bare", ClientTier.Professional, LifecycleStage.Active, 50_000m));
            db.UsagePeriods.AddRange(
                Usage(PeerMay, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 31), 60, 30, 300),
                Usage(PeerJune, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), 60, 54, 500));
            var login = Event(Alpha, At(5, 25));
            login.EventType = EngagementType.Login;
            db.EngagementEvents.Add(login);
            return await db.SaveChangesAsync();
        });
    }

    private static TrackUsageEngagement Query(string clientId, DateOnly start, DateOnly end, string granularity = "daily") =>
        new() { ClientId = clientId, PeriodStart = start, PeriodEnd = end, Granularity = granularity };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Usage_is_pro_rated_from_the_stored_periods_and_compared_with_the_previous_period(string provider)
    {
        await SeedAsync(provider);

        var result = await Track(Query(Alpha, new DateOnly(2026, 5, 17), new DateOnly(2026, 6, 15)));

        Assert.Equal(new AnalysisPeriod(new DateOnly(2026, 5, 17), new DateOnly(2026, 6, 15), 30, "daily", "monthly", "monthly"), result.AnalysisPeriod);
        var usage = result.Usage!;
        Assert.Equal((30, 30, 2), (usage.DaysInRange, usage.DaysCovered, usage.Periods));
        Assert.Equal((60m, 45m, 14.5m, 22.5m, 45m, 0.75m), (usage.LicensedUsers, usage.AverageActiveUsers, usage.AverageDailyActiveUsers,
            usage.AverageWeeklyActiveUsers, usage.AverageMonthlyActiveUsers, usage.ActiveUserRatio));
        Assert.Equal((750m, 15_000m, 6_000m, 3.89m, 20m), (usage.Logins, usage.SessionMinutes, usage.Actions, usage.LoginsPerActiveUserPerWeek, usage.AverageSessionMinutes));

        Assert.Equal(
            [
                new UsageBucket(new DateOnly(2026, 5, 17), new DateOnly(2026, 5, 31), 15, 40m, 0.6667m, 300m, 6_000m, 2_400m),
                new UsageBucket(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 15), 15, 50m, 0.8333m, 450m, 9_000m, 3_600m),
            ],
            result.UsageTrend);
        Assert.Equal(new UserSegmentation(60m, 14.5m, 8m, 22.5m, 15m), result.UserSegmentation);

        Assert.Equal((2, 1, 0.5m), (result.FeatureAdoption.FeaturesAvailable, result.FeatureAdoption.FeaturesInUse, result.FeatureAdoption.AdoptionRate));
        Assert.Equal([("feat_dashboards", "in_use"), ("feat_workflows", "lapsed")], result.FeatureAdoption.Breakdown!.Select(f => (f.FeatureId, f.Status)));

        Assert.Equal(3, result.Engagement.EventsInPeriod);
        Assert.Equal((2, 1, 0), (result.Engagement.ByType["meeting"], result.Engagement.ByType["login"], result.Engagement.ByType["email"]));
        Assert.Equal((At(6, 12), At(5, 25), 21), (result.Engagement.LastEventAt, result.Engagement.LastLoginAt, result.Engagement.DaysSinceLastLogin));

        Assert.Equal((new DateOnly(2026, 4, 17), new DateOnly(2026, 5, 16)), (result.Comparison.PreviousStart, result.Comparison.PreviousEnd));
        Assert.Equal((47.5m, 0.7917m, 1_300m), (result.Comparison.PreviousUsage!.AverageActiveUsers, result.Comparison.PreviousUsage.ActiveUserRatio, result.Comparison.PreviousUsage.Logins));
        Assert.Equal(
            [
                new MetricChange("active_user_ratio", 0.75m, 0.7917m, -0.0417m, -0.0527m, "down"),
                new MetricChange("average_active_users", 45m, 47.5m, -2.5m, -0.0526m, "down"),
                new MetricChange("logins", 750m, 1_300m, -550m, -0.4231m, "down"),
                new MetricChange("logins_per_active_user_per_week", 3.89m, 6.39m, -2.5m, -0.3912m, "down"),
                new MetricChange("session_minutes", 15_000m, 26_000m, -11_000m, -0.4231m, "down"),
                new MetricChange("actions", 6_000m, 10_400m, -4_400m, -0.4231m, "down"),
                new MetricChange("engagement_events", 3m, 1m, 2m, 2m, "up"),
                new MetricChange("features_in_use", 1m, 2m, -1m, -0.5m, "down"),
            ],
            result.Comparison.Changes);

        Assert.Equal(new TierBenchmark("active_user_ratio", ClientTier.Professional, 0.75m, 2, 1, 0.7m, 0.7m, 50.0m), result.Benchmark);
        var alert = Assert.Single(result.Alerts);
        Assert.Equal(("no_recent_login", AlertSeverity.Medium, "last login 2026-05-25, 21 days before the period end"), (alert.Code, alert.Severity, alert.Evidence));
        Assert.Empty(result.MissingData);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_drop_of_more_than_a_fifth_in_the_active_user_ratio_raises_an_alert(string provider)
    {
        await SeedAsync(provider);

        var result = await Track(Query(Alpha, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 31), "weekly") with
        {
            IncludeFeatureBreakdown = false,
            IncludeUserSegmentation = false,
            BenchmarkComparison = false,
        });

        Assert.Equal(("weekly", "monthly", "monthly"), (result.AnalysisPeriod.Granularity, result.AnalysisPeriod.SeriesGranularity, result.AnalysisPeriod.SourceGranularity));
        var hourly = await Track(Query(Alpha, new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 31), "hourly"));
        Assert.Equal(("hourly", "monthly"), (hourly.AnalysisPeriod.Granularity, hourly.AnalysisPeriod.SeriesGranularity));
        var bucket = Assert.Single(result.UsageTrend);
        Assert.Equal((new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 31), 30, 0.6667m), (bucket.Start, bucket.End, bucket.DaysCovered, bucket.ActiveUserRatio));
        Assert.Equal((0.6667m, 0.9167m, -0.2727m), (result.Comparison.Changes[0].Current, result.Comparison.Changes[0].Previous, result.Comparison.Changes[0].RelativeChange));
        Assert.Null(result.FeatureAdoption.Breakdown);
        Assert.Null(result.UserSegmentation);
        Assert.Null(result.Benchmark);
        var drop = Assert.Single(result.Alerts);
        Assert.Equal(("active_user_ratio_drop", AlertSeverity.High, "The active-user ratio fell by 27.3% versus the previous period.", "active_user_ratio 0.6667 vs 0.9167"),
            (drop.Code, drop.Severity, drop.Message, drop.Evidence));
        Assert.Equal(["active_user_ratio_drop"], result.Alerts.Select(a => a.Code));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Missing_data_is_reported_as_missing(string provider)
    {
        await SeedAsync(provider);

        var result = await Track(Query(Bare, new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), "monthly"));

        Assert.Null(result.Usage);
        Assert.Null(result.UserSegmentation);
        Assert.Equal(new UsageBucket(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30), 0, null, null, null, null, null), Assert.Single(result.UsageTrend));
        Assert.All(result.Comparison.Changes.Take(6), c => Assert.Equal("no_data", c.Trend));
        Assert.Equal(new TierBenchmark("active_user_ratio", ClientTier.Starter, null, 0, 0, null, null, null), result.Benchmark);
        Assert.Equal((1, 0, 0m), (result.FeatureAdoption.FeaturesAvailable, result.FeatureAdoption.FeaturesInUse, result.FeatureAdoption.AdoptionRate));
        Assert.Equal(["low_feature_adoption"], result.Alerts.Select(a => a.Code));
        Assert.Equal(
            [
                "usage: no stored usage period overlaps the period, so usage, the trend and user segments are missing (not zero).",
                "comparison: no stored usage period overlaps the previous period, so the usage changes are no_data.",
                "the period ends after today (2026-06-15); days after today have no data yet.",
                "engagement: no engagement event is stored in the period.",
                "logins: no login event is stored up to the period end, so the 14-day no-login rule was not evaluated.",
                "benchmark: no other client of the tier has usage data in the period.",
            ],
            result.MissingData);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found(string provider)
    {
        await SeedAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Track(Query("cs_nobody", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31))));

        Assert.Contains("cs_nobody", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekly_buckets_are_7_day_blocks_from_the_start_and_monthly_ones_calendar_months()
    {
        var weekly = TrackUsageEngagementHandler.Buckets(new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 31), Domain.Usage.UsageGranularity.Weekly).ToList();
        var monthly = TrackUsageEngagementHandler.Buckets(new DateOnly(2026, 5, 17), new DateOnly(2026, 7, 3), Domain.Usage.UsageGranularity.Monthly).ToList();

        Assert.Equal(5, weekly.Count);
        Assert.Equal((new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 8)), weekly[0]);
        Assert.Equal((new DateOnly(2026, 5, 30), new DateOnly(2026, 5, 31)), weekly[4]);
        Assert.Equal(
            [(new DateOnly(2026, 5, 17), new DateOnly(2026, 5, 31)), (new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), (new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 3))],
            monthly);
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var validator = new TrackUsageEngagementValidator();

        var reversed = ArgumentErrors.From(validator.Validate(Query("../x", new DateOnly(2026, 5, 2), new DateOnly(2026, 5, 1), "minutely")).Errors);
        var tooLong = ArgumentErrors.From(validator.Validate(Query(Alpha, new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1))).Errors);
        var missing = ArgumentErrors.From(validator.Validate(new TrackUsageEngagement { ClientId = Alpha, PeriodStart = default, PeriodEnd = default }).Errors);

        Assert.Equal(["'client_id' must not contain path traversal sequences ('..', '/', '\\')."], reversed["client_id"]);
        Assert.Equal(["'period_end' (2026-05-01) must be after period_start (2026-05-02)."], reversed["period_end"]);
        Assert.Equal(["'granularity' must be one of: hourly, daily, weekly, monthly (case-insensitive); got 'minutely'."], reversed["granularity"]);
        Assert.Equal(["The period may span at most 365 days (period_start to period_end, both included); got 366."], tooLong["period_end"]);
        Assert.Equal(["'period_start' is required (a date, yyyy-MM-dd)."], missing["period_start"]);
        Assert.Equal(["'period_end' is required (a date, yyyy-MM-dd)."], missing["period_end"]);
    }

    [Theory]
    [InlineData("2026-11-03", "2026-11-30")]
    [InlineData("2026-11-03T00:00:00Z", "2026-11-30T23:59:59Z")]
    [InlineData("2026-11-02T23:30:00-00:30", "2026-11-30T10:00:00.000+00:00")]
    public void Period_bounds_are_dates_or_iso_date_times_counted_as_their_utc_date(string start, string end)
    {
        var options = new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };
        var json = $"{{\"client_id\":\"{Alpha}\",\"period_start\":\"{start}\",\"period_end\":\"{end}\"}}";

        var query = System.Text.Json.JsonSerializer.Deserialize<TrackUsageEngagement>(json, options)!;

        Assert.Equal((new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 30)), (query.PeriodStart, query.PeriodEnd));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<TrackUsageEngagement>(json.Replace(start, "03/11/2026", StringComparison.Ordinal), options));
    }
}
