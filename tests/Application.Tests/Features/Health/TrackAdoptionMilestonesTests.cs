using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Application.Features.Health.TrackAdoptionMilestones;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthPortfolioFixture;

namespace CsMcp.Application.Tests.Features.Health;

public class TrackAdoptionMilestonesTests : HealthToolTestBase
{
    private Task<TrackAdoptionMilestonesResult> Track(TrackAdoptionMilestones query) =>
        WithDb(async db => await new TrackAdoptionMilestonesHandler(db, Clock).Handle(query, default));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Standard_milestones_are_dated_from_stored_evidence(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Track(new TrackAdoptionMilestones());

        Assert.Equal(("standard", 6, 8), (result.MilestoneFramework, result.ClientsInScope, result.TotalMilestones));
        Assert.Equal([Alpha, Bravo, Charlie, Delta, Echo, Foxtrot], result.CustomerProgress.Select(p => p.ClientId));
        var alpha = result.CustomerProgress[0];
        Assert.Equal((530, 7, 87.5m, "m6_advanced_features_explored"), (alpha.DaysSinceStart, alpha.MilestonesCompleted, alpha.CompletionPercentage, alpha.CurrentMilestone));
        Assert.Equal([0, 4, 58, 19, 59, null, 90, 485], alpha.Milestones.Select(m => m.DaysToAchieve));
        Assert.Equal([true, true, false, true, false, null, true, false], alpha.Milestones.Select(m => m.OnTime));
        Assert.Equal(new MilestoneStatus("m1_account_activated", "achieved", new DateOnly(2025, 1, 1), 0, true, "usage period 2025-01-01 to 2025-01-31: 30 active users"), alpha.Milestones[0]);
        Assert.Equal("usage period 2025-02-01 to 2025-02-28: 60 of 100 licensed users active", alpha.Milestones[2].Evidence);
        Assert.Equal(new MilestoneStatus("m6_advanced_features_explored", "overdue", null, null, null, "1 of 2 advanced features used"), alpha.Milestones[5]);
        Assert.Equal("first meeting event with 'business review' in its summary on 2025-04-01", alpha.Milestones[6].Evidence);
        Assert.Equal("first NPS answer of 9-10 on 2026-05-01", alpha.Milestones[7].Evidence);
        var echo = result.CustomerProgress[4];
        Assert.Equal(["overdue", "overdue", "overdue", "pending", "pending", "pending", "pending", "pending"], echo.Milestones.Select(m => m.Status));
        Assert.Equal("0 of 2 available core features used", echo.Milestones[3].Evidence);

        Assert.Equal([0.6667m, 0.8333m, 0.5m, 0.3333m, 0.3333m, 0m, 0.1667m, 0.3333m], result.CompletionRates.Values);
        Assert.Equal(39.6m, result.AverageCompletionPercentage);
        Assert.Equal(new DayStats(4, 212.5m, 212.0m, 0, 424, 426, 0, 426), result.TimeToMilestone["m1_account_activated"]);
        Assert.Equal(new DayStats(0, null, null, null, null, null, null, null), result.TimeToMilestone["m6_advanced_features_explored"]);

        Assert.Equal([(Bravo, 470, "high"), (Delta, 441, "high"), (Charlie, 319, "high"), (Echo, 42, "medium")], result.StuckCustomers.Select(s => (s.ClientId, s.DaysStuck, s.Priority)));
        Assert.Equal(["m4_core_features_adopted", "m7_business_impact_measured", "m8_champion_developed"], result.StuckCustomers[0].OverdueMilestones);
        Assert.Empty(result.FastTrackCustomers);

        Assert.Equal(result.CompletionRates.Values, result.BenchmarkComparison!.Select(b => b.AchievedShare));
        Assert.Equal((3, 0.3333m, 212m), (result.BenchmarkComparison![0].TypicalTimeframeDays, result.BenchmarkComparison![0].OnTimeShare, result.BenchmarkComparison![0].MedianDaysToAchieve));
        Assert.All(result.CelebrationOpportunities!.Items, c => Assert.True(c.AchievedOn >= new DateOnly(2026, 6, 1)));
        var bare = await Track(new TrackAdoptionMilestones { IncludeBenchmarks = false, CelebrationRecommendations = false });
        Assert.Null(bare.BenchmarkComparison);
        Assert.Null(bare.CelebrationOpportunities);
        var industry = await Track(new TrackAdoptionMilestones { MilestoneFramework = "industry_specific" });
        Assert.Equal(("industry_specific", 8), (industry.MilestoneFramework, industry.TotalMilestones));
        Assert.Equal(result.CompletionRates, industry.CompletionRates);
        Assert.Equal(["industry_specific: no industry-specific milestone set is stored, so the standard eight were evaluated."], industry.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_custom_framework_is_evaluated_with_its_own_rules(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Track(new TrackAdoptionMilestones
        {
            ClientId = Delta,
            MilestoneFramework = "Custom",
            CustomMilestones =
            [
                new() { MilestoneId = "first_login", MilestoneName = "First login", TypicalTimeframeDays = 7, Importance = "critical", Rule = new() { Kind = "first_active_usage" } },
                new() { MilestoneId = "reports", MilestoneName = "Reports used", TypicalTimeframeDays = 30, Importance = "LOW", Rule = new() { Kind = "feature_adopted", FeatureId = "feat_core_b" } },
            ],
        });

        Assert.Equal(("custom", 1), (result.MilestoneFramework, result.ClientsInScope));
        Assert.Equal("the first use of feat_core_b", result.MilestoneDefinitions[1].Rule);
        var delta = Assert.Single(result.CustomerProgress);
        Assert.Equal((2, 100m, null), (delta.MilestonesCompleted, delta.CompletionPercentage, delta.CurrentMilestone));
        Assert.Equal([426, 31], delta.Milestones.Select(m => m.DaysToAchieve));
        Assert.Equal("feat_core_b first used 2025-04-01", delta.Milestones[1].Evidence);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_custom_rule_naming_an_unknown_feature_is_an_argument_error(string provider)
    {
        await UseFixtureAsync(provider);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Track(new TrackAdoptionMilestones
        {
            MilestoneFramework = "custom",
            CustomMilestones = [new() { MilestoneId = "x", MilestoneName = "X", TypicalTimeframeDays = 7, Importance = "low", Rule = new() { Kind = "feature_adopted", FeatureId = "feat_nope" } }],
        }));

        Assert.Equal(["'feature_id' 'feat_nope' is not in the feature catalogue; call track_feature_adoption to see the feature ids."], error.Errors["custom_milestones[0].rule.feature_id"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_empty_portfolio_has_no_rates(string provider)
    {
        await UseAsync(provider);

        var result = await Track(new TrackAdoptionMilestones());

        Assert.Equal(0, result.ClientsInScope);
        Assert.All(result.CompletionRates.Values, Assert.Null);
        Assert.Null(result.AverageCompletionPercentage);
        Assert.Equal(["No client matches the filters."], result.Notes);
    }

    [Fact]
    public void Validator_checks_the_framework_and_every_custom_milestone()
    {
        var missing = ArgumentErrors.From(new TrackAdoptionMilestonesValidator().Validate(new TrackAdoptionMilestones { MilestoneFramework = "custom" }).Errors);
        var stray = ArgumentErrors.From(new TrackAdoptionMilestonesValidator().Validate(new TrackAdoptionMilestones
        {
            MilestoneFramework = "industry",
            CustomMilestones = [],
        }).Errors);
        var bad = ArgumentErrors.From(new TrackAdoptionMilestonesValidator().Validate(new TrackAdoptionMilestones
        {
            MilestoneFramework = "custom",
            CustomMilestones =
            [
                new() { MilestoneId = "a", MilestoneName = "A", TypicalTimeframeDays = 0, Importance = "urgent", Rule = new() { Kind = "active_user_ratio" } },
                new() { MilestoneId = "a", MilestoneName = "B", TypicalTimeframeDays = 10, Importance = "high", Rule = new() { Kind = "magic" } },
                new() { MilestoneId = "c", MilestoneName = "C", TypicalTimeframeDays = 10, Importance = "high", Rule = new() { Kind = "category_features_adopted", Category = "premium" } },
            ],
        }).Errors);

        Assert.Equal(["'custom_milestones' is required for milestone_framework custom: 1-20 milestones with milestone_id, milestone_name, typical_timeframe_days, importance and rule."], missing["custom_milestones"]);
        Assert.Equal(["'milestone_framework' must be one of: standard, custom, industry_specific (case-insensitive); got 'industry'."], stray["milestone_framework"]);
        Assert.Equal(["'custom_milestones' applies only to milestone_framework custom."], stray["custom_milestones"]);
        Assert.Equal(["'typical_timeframe_days' must be between 1 and 1095; got 0."], bad["custom_milestones[0].typical_timeframe_days"]);
        Assert.Equal(["'importance' must be one of: critical, high, medium, low; got 'urgent'."], bad["custom_milestones[0].importance"]);
        Assert.Equal(["'ratio' is required for active_user_ratio: a share above 0 and at most 1; got nothing."], bad["custom_milestones[0].rule.ratio"]);
        Assert.Equal(["'milestone_id' 'a' is used by more than one milestone; ids must be unique."], bad["custom_milestones[1].milestone_id"]);
        Assert.Equal(["'kind' must be one of: first_active_usage, active_user_ratio, feature_adopted, category_features_adopted, all_core_features_adopted, engagement_event, nps_promoter; got 'magic'."], bad["custom_milestones[1].rule.kind"]);
        Assert.Equal(["'category' is required for category_features_adopted: one of core, advanced, integration; got 'premium'."], bad["custom_milestones[2].rule.category"]);
        Assert.Equal(["'count' is required for category_features_adopted: 1-100; got nothing."], bad["custom_milestones[2].rule.count"]);
    }
}
