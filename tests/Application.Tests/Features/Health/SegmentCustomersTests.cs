using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.SegmentCustomers;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthPortfolioFixture;

namespace CsMcp.Application.Tests.Features.Health;

public class SegmentCustomersTests : HealthToolTestBase
{
    private Task<SegmentCustomersResult> Segment(SegmentCustomers query) =>
        WithDb(async db => await new SegmentCustomersHandler(db, Clock).Handle(query, default));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Value_based_segments_count_arr_health_and_outcomes_from_stored_rows(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Segment(new SegmentCustomers { SegmentationType = "Value_Based", MinSegmentSize = 1, Limit = 2 });

        Assert.Equal(("value_based", 6, 3), (result.SegmentationType, result.TotalClientsAnalyzed, result.SegmentsCreated));
        var vip = result.Segments[0];
        Assert.Equal(("seg_vip_strategic", 2, 400_000m, 200_000m, 67.5m, 2, 0), (vip.SegmentId, vip.ClientCount, vip.TotalArr, vip.AverageArr, vip.AverageHealthScore, vip.ScoredClients, vip.UnscoredClients));
        Assert.Equal((33.3m, 70.8m), (vip.ShareOfClientsPercent, vip.ShareOfArrPercent));
        Assert.Equal(new SegmentOutcomes(1, 0, 1, 33.3m, 3), vip.Outcomes);
        var high = result.Segments[1];
        Assert.Equal(("seg_high_value", 2, 140_000m, 70.0m, 24.8m), (high.SegmentId, high.ClientCount, high.TotalArr, high.AverageHealthScore, high.ShareOfArrPercent));
        Assert.Equal(new SegmentOutcomes(0, 0, 1, 50.0m, 2), high.Outcomes);
        var standard = result.Segments[2];
        Assert.Equal(("seg_standard", 1, null, 0, 1), (standard.SegmentId, standard.ClientCount, standard.AverageHealthScore, standard.ScoredClients, standard.UnscoredClients));
        Assert.Equal(new SegmentOutcomes(0, 0, 0, null, 0), standard.Outcomes);

        Assert.Equal(1, result.Unsegmented.NotMatched);
        Assert.Equal(1, result.Unsegmented.NotMatchedReasons["ARR below 10,000"]);
        Assert.Equal(400_000m, result.SegmentDistribution.ByArr["seg_vip_strategic"]);
        Assert.Equal(16.7m, result.SegmentDistribution.ByPercentage["seg_standard"]);
        Assert.Equal(new ConcentrationAnalysis("seg_high_value", "seg_vip_strategic", 2, 0.6667m, 71.4m), result.ConcentrationAnalysis);

        Assert.Equal([Alpha, Bravo], result.Members.Select(m => m.ClientId));
        Assert.Equal("ARR 250000", result.Members[0].Basis);
        Assert.Equal((5, true, 2), (result.Pagination.TotalCount, result.Pagination.HasMore, result.Pagination.NextOffset));
        Assert.Contains("1 of 6 clients have no stored health score; average health covers scored clients only. Run calculate_health_score to score them.", result.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Segments_under_min_segment_size_are_reported_not_dropped(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Segment(new SegmentCustomers { SegmentationType = "value_based", MinSegmentSize = 2, SegmentId = "seg_high_value" });

        Assert.Equal(["seg_vip_strategic", "seg_high_value"], result.Segments.Select(s => s.SegmentId));
        Assert.Equal(1, result.Unsegmented.InSegmentsBelowMinSize);
        Assert.Equal(["seg_standard"], result.Unsegmented.SegmentsBelowMinSize);
        Assert.Equal([Charlie, Delta], result.Members.Select(m => m.ClientId));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Usage_based_uses_the_activation_rate_of_the_latest_month(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Segment(new SegmentCustomers { SegmentationType = "usage_based", MinSegmentSize = 1 });

        Assert.Equal(["seg_power_users", "seg_active_users", "seg_casual_users"], result.Segments.Select(s => s.SegmentId));
        Assert.All(result.Segments, s => Assert.Equal(1, s.ClientCount));
        Assert.Equal("activation 0.8 (80/100 users, 2026-05-01 to 2026-05-31)", result.Members.Single(m => m.ClientId == Alpha).Basis);
        Assert.Equal("activation 0.2 (8/40 users, 2026-05-01 to 2026-05-31)", result.Members.Single(m => m.ClientId == Delta).Basis);
        Assert.Equal(3, result.Unsegmented.NotMatchedReasons["no monthly usage period with licensed users ending in the last 31 days"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Industry_segments_come_from_the_industry_column(string provider)
    {
        await UseFixtureAsync(provider);

        var all = await Segment(new SegmentCustomers { SegmentationType = "industry", MinSegmentSize = 1 });
        var saas = await Segment(new SegmentCustomers { SegmentationType = "industry", MinSegmentSize = 1, Criteria = new() { Industries = ["saas"] } });

        Assert.Equal(["seg_industry_healthcare", "seg_industry_retail", "seg_industry_saas", "seg_industry_unspecified"], all.Segments.Select(s => s.SegmentId));
        Assert.Equal([2, 1, 2, 1], all.Segments.Select(s => s.ClientCount));
        Assert.Equal(("seg_industry_saas", 2), (saas.Segments.Single().SegmentId, saas.Segments.Single().ClientCount));
        Assert.Equal(4, saas.Unsegmented.NotMatchedReasons["industry not in criteria.industries"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Custom_rules_are_applied_in_order_first_match_wins(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Segment(new SegmentCustomers
        {
            SegmentationType = "custom",
            MinSegmentSize = 1,
            Criteria = new()
            {
                Segments =
                [
                    new() { SegmentId = "big_healthy", Name = "Big and healthy", ArrMin = 100_000m, HealthScoreMin = 60 },
                    new() { SegmentId = "scored_rest", Name = "Scored rest", HealthScoreMax = 100 },
                ],
            },
        });

        Assert.Equal(("big_healthy", "ARR >= 100000 and health >= 60", 1), (result.Segments[0].SegmentId, result.Segments[0].Rule, result.Segments[0].ClientCount));
        Assert.Equal([Alpha], result.Members.Where(m => m.SegmentId == "big_healthy").Select(m => m.ClientId));
        Assert.Equal([Bravo, Charlie, Delta, Foxtrot], result.Members.Where(m => m.SegmentId == "scored_rest").Select(m => m.ClientId));
        Assert.Equal(1, result.Unsegmented.NotMatchedReasons["matched none of criteria.segments"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_narrow_the_portfolio_and_an_empty_result_is_an_answer(string provider)
    {
        await UseFixtureAsync(provider);

        var enterprise = await Segment(new SegmentCustomers { SegmentationType = "health_based", MinSegmentSize = 1, Tiers = ["enterprise"] });
        var none = await Segment(new SegmentCustomers { SegmentationType = "health_based", ArrMin = 1_000_000m });

        Assert.Equal(["seg_healthy", "seg_at_risk"], enterprise.Segments.Select(s => s.SegmentId));
        Assert.Equal(["enterprise"], enterprise.FiltersApplied.Tiers);
        Assert.Equal((0, 0), (none.TotalClientsAnalyzed, none.SegmentsCreated));
        Assert.Equal(new ConcentrationAnalysis(null, null, null, null, null), none.ConcentrationAnalysis);
        Assert.Equal(["No client matches the filters, so there is nothing to segment."], none.Notes);
    }

    [Fact]
    public void Validator_names_each_bad_argument_and_criterion()
    {
        var errors = ArgumentErrors.From(new SegmentCustomersValidator().Validate(new SegmentCustomers
        {
            SegmentationType = "random",
            MinSegmentSize = 0,
            ArrMin = 10m,
            ArrMax = 5m,
        }).Errors);
        var custom = ArgumentErrors.From(new SegmentCustomersValidator().Validate(new SegmentCustomers
        {
            SegmentationType = "custom",
            Criteria = new()
            {
                Segments =
                [
                    new() { SegmentId = "Big", Name = "x", Tiers = ["gold"] },
                    new() { SegmentId = "dup", Name = "a", ArrMin = 1 },
                    new() { SegmentId = "dup", Name = "b" },
                ],
            },
        }).Errors);

        Assert.Equal(["'segmentation_type' must be one of: value_based, usage_based, health_based, industry, lifecycle, custom (case-insensitive); got 'random'."], errors["segmentation_type"]);
        Assert.Equal(["'min_segment_size' must be between 1 and 100000; got 0."], errors["min_segment_size"]);
        Assert.Equal(["'arr_max' (5) must be at least arr_min (10)."], errors["arr_max"]);
        Assert.Equal(["'segment_id' must be 1-50 lowercase letters, digits or underscores; got 'Big'."], custom["criteria.segments[0].segment_id"]);
        Assert.Equal(["'tiers' has 'gold', which is not one of: starter, standard, professional, enterprise (case-insensitive)."], custom["criteria.segments[0].tiers"]);
        Assert.Equal(["'segment_id' 'dup' is used by more than one segment; ids must be unique."], custom["criteria.segments"]);
        Assert.Equal(["a segment needs at least one portfolio filter (tiers, lifecycle_stages, industries, csm, arr_min, arr_max, health_score_min, health_score_max, renewal_within_days)."], custom["criteria.segments[2].filters"]);
        Assert.Equal(["'segment_id' must be 1-50 lowercase letters, digits or underscores; got 'Big'."], custom["criteria.segments[0].segment_id"]);
        var mixed = ArgumentErrors.From(new SegmentCustomersValidator().Validate(new SegmentCustomers
        {
            SegmentationType = "lifecycle", Criteria = new() { Dimensions = ["mood"], NumSegments = 11 },
        }).Errors);
        Assert.Equal(["'segments', 'dimensions' and 'num_segments' apply only to segmentation_type custom."], mixed["criteria"]);
        Assert.Equal(["'dimensions' has 'mood', which is not one of: arr, health_score, tenure_days (case-insensitive)."], mixed["criteria.dimensions"]);
        Assert.Equal(["'num_segments' must be between 2 and 10; got 11."], mixed["criteria.num_segments"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Custom_without_segments_ranks_the_clients_into_num_segments_groups_by_the_dimensions(string provider)
    {
        await UseFixtureAsync(provider);

        var byArr = await Segment(new SegmentCustomers { SegmentationType = "custom", MinSegmentSize = 1, Criteria = new() { NumSegments = 2 } });
        var byArrAndHealth = await Segment(new SegmentCustomers { SegmentationType = "custom", MinSegmentSize = 1, Criteria = new() { Dimensions = ["arr", "health_score"] } });

        Assert.Equal(["seg_q1", "seg_q2"], byArr.Segments.Select(s => s.SegmentId));
        Assert.Equal(byArr.TotalClientsAnalyzed, byArr.Segments.Sum(s => s.ClientCount));
        Assert.InRange(Math.Abs(byArr.Segments[0].ClientCount - byArr.Segments[1].ClientCount), 0, 1);
        Assert.True(byArr.Members.Where(m => m.SegmentId == "seg_q1").Max(m => m.ContractValue) <= byArr.Members.Where(m => m.SegmentId == "seg_q2").Min(m => m.ContractValue));
        Assert.Equal(3, byArrAndHealth.Segments.Count + byArrAndHealth.Unsegmented.SegmentsBelowMinSize.Count);
        Assert.Equal(1, byArrAndHealth.Unsegmented.NotMatchedReasons["no stored health score (run calculate_health_score)"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Benchmarks_and_recommendations_are_sections_the_flags_include_or_omit(string provider)
    {
        await UseFixtureAsync(provider);

        var full = await Segment(new SegmentCustomers { SegmentationType = "health_based", MinSegmentSize = 1 });
        var bare = await Segment(new SegmentCustomers { SegmentationType = "health_based", MinSegmentSize = 1, IncludeRecommendations = false, BenchmarkAnalysis = false });

        var benchmarks = Assert.IsType<SegmentBenchmarks>(full.Benchmarks);
        Assert.Equal(full.Segments.Select(s => s.SegmentId), benchmarks.Segments.Select(b => b.SegmentId));
        Assert.All(full.Segments.Zip(benchmarks.Segments), p => Assert.Equal(p.First.AverageHealthScore - benchmarks.AverageHealthScore, p.Second.HealthScoreDifference));
        Assert.NotNull(full.Recommendations);
        Assert.All(full.Recommendations, r => Assert.False(string.IsNullOrEmpty(r.Evidence)));
        Assert.Null(bare.Benchmarks);
        Assert.Null(bare.Recommendations);
    }
}
