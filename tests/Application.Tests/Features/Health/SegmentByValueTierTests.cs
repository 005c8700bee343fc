using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.SegmentByValueTier;
using CsMcp.Domain.Clients;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthPortfolioFixture;

namespace CsMcp.Application.Tests.Features.Health;

public class SegmentByValueTierTests : HealthToolTestBase
{
    private static readonly System.Text.Json.JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower };

    private Task<SegmentByValueTierResult> Tier(SegmentByValueTier query) =>
        WithDb(async db => await new SegmentByValueTierHandler(db, Clock).Handle(query, default));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Default_tiers_use_arr_bands_and_stored_nps_contracts_and_health(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Tier(new SegmentByValueTier());

        Assert.Equal(["strategic", "enterprise", "professional", "standard", "starter"], result.Tiers.Select(t => t.TierId));
        Assert.Equal((6, 565_000m), (result.TotalClients, result.TotalArr));
        var strategic = result.Tiers[0];
        Assert.Equal((1, 250_000m, 44.2m, 90.0m, 100.0m, 2), (strategic.ClientCount, strategic.TotalArr, strategic.ShareOfArrPercent, strategic.AverageHealthScore, strategic.Nps, strategic.NpsResponses));
        Assert.Equal((288.5m, 9.5m, 2), (strategic.AverageContractLengthDays, strategic.AverageContractLengthMonths, strategic.ContractsMeasured));
        Assert.Equal(1, strategic.ByProductTier["enterprise"]);
        Assert.Equal(new ServicePolicy("platinum", 8, 1, 120_000m, "stated policy, not a measurement (reference section 1.3.7)"), strategic.ServicePolicy);
        Assert.Equal((-100.0m, 730.0m, 24.0m), (result.Tiers[1].Nps, result.Tiers[1].AverageContractLengthDays, result.Tiers[1].AverageContractLengthMonths));
        var professional = result.Tiers[2];
        Assert.Equal((2, 140_000m, 70_000m, 70.0m, 0.0m, 1, 548.0m), (professional.ClientCount, professional.TotalArr, professional.AverageArr, professional.AverageHealthScore, professional.Nps, professional.NpsResponses, professional.AverageContractLengthDays));
        var standard = result.Tiers[3];
        Assert.Equal((1, null, 0, null, 0, null, 0), (standard.ClientCount, standard.AverageHealthScore, standard.ScoredClients, standard.Nps, standard.NpsResponses, standard.AverageContractLengthDays, standard.ContractsMeasured));

        var vip = Assert.Single(result.Vips!);
        Assert.Equal((Alpha, "strategic"), (vip.ClientId, vip.TierId));
        Assert.Equal(["ARR 250000 in the top tier (strategic, >= 200000)", "high health (90)"], vip.Reasons);
        Assert.Equal(new UpgradeCandidate(Charlie, "Charlie", "professional", "enterprise", 80_000m, 20_000m, 78, LifecycleStage.Active), Assert.Single(result.UpgradeCandidates));
        Assert.Equal(new DowngradeRisk(Bravo, "Bravo", "enterprise", 150_000m, 45, 0.55m, "critical", LifecycleStage.AtRisk), Assert.Single(result.DowngradeRisks));
        Assert.Equal((4, 380_000m), (result.ResourcePlan!.TotalCsmsNeeded, result.ResourcePlan.TotalEstimatedAnnualCost));
        Assert.Equal([1, 1, 1, 1, 0], result.ResourcePlan.Tiers.Select(t => t.CsmsNeeded));
        Assert.Equal([Alpha, Bravo, Charlie, Delta, Echo, Foxtrot], result.Clients.Select(c => c.ClientId));
        Assert.Single(result.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Custom_tier_definitions_replace_the_bands_and_their_policy(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Tier(new SegmentByValueTier
        {
            TierDefinitions = new(
            [
                new() { TierId = "small", MinArr = 0m, MaxArr = 100_000m, ClientsPerCsm = 50 },
                new() { TierId = "big", Name = "Big", MinArr = 100_000m },
            ]),
            ResourcePlanning = false,
            Limit = 2,
            Offset = 4,
        });

        Assert.Equal("tier_definitions", result.TierSource);
        Assert.Equal([("big", 2), ("small", 4)], result.Tiers.Select(t => (t.TierId, t.ClientCount)));
        Assert.Equal("stated policy, not a measurement (tier_definitions)", result.Tiers[1].ServicePolicy!.Basis);
        Assert.Equal([Alpha, Bravo], result.Vips!.Select(v => v.ClientId));
        Assert.Equal(("small", "big", 20_000m), (result.UpgradeCandidates.Single().TierId, result.UpgradeCandidates.Single().NextTierId, result.UpgradeCandidates.Single().ArrGapToNextTier));
        Assert.Null(result.ResourcePlan);
        Assert.Equal([Echo, Foxtrot], result.Clients.Select(c => c.ClientId));
        Assert.Equal(("small", false), (result.Clients[0].TierId, result.Pagination.HasMore));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_empty_portfolio_has_no_averages_and_no_division_by_zero(string provider)
    {
        await UseAsync(provider);

        var result = await Tier(new SegmentByValueTier());

        Assert.Equal(0, result.TotalClients);
        Assert.All(result.Tiers, t => Assert.Equal((0, null, null, null, null), (t.ClientCount, t.AverageArr, t.ShareOfArrPercent, t.AverageHealthScore, t.Nps)));
        Assert.Empty(result.Vips!);
        Assert.Equal(0, result.ResourcePlan!.TotalCsmsNeeded);
    }

    [Fact]
    public void Tier_definitions_must_tile_the_arr_range()
    {
        static Dictionary<string, string[]> Check(params ValueTierDefinition[] tiers) =>
            ArgumentErrors.From(new SegmentByValueTierValidator().Validate(new SegmentByValueTier { TierDefinitions = new(tiers) }).Errors);

        Assert.Equal(["tiers must be contiguous: 'a' ends at 10 but 'b' starts at 20, leaving a gap."],
            Check(new() { TierId = "a", MinArr = 0, MaxArr = 10 }, new() { TierId = "b", MinArr = 20 })["tier_definitions"]);
        Assert.Equal(["tiers must not overlap: 'a' ends at 30 but 'b' starts at 20."],
            Check(new() { TierId = "a", MinArr = 0, MaxArr = 30 }, new() { TierId = "b", MinArr = 20 })["tier_definitions"]);
        Assert.Equal(["the lowest tier ('a') must start at min_arr 0; got 5, so clients below it would have no tier.",
                "the top tier ('b') must omit max_arr so every ARR has a tier; got 50."],
            Check(new() { TierId = "a", MinArr = 5, MaxArr = 20 }, new() { TierId = "b", MinArr = 20, MaxArr = 50 })["tier_definitions"]);
        var ids = Check(new() { TierId = "A", MinArr = 0, MaxArr = 5 }, new() { TierId = "b", MinArr = 5, MaxArr = 5 }, new() { TierId = "b", MinArr = 5 });
        Assert.Equal(["'tier_id' must be 1-50 lowercase letters, digits or underscores; got 'A'."], ids["tier_definitions[0].tier_id"]);
        Assert.Equal(["'max_arr' (5) must be greater than min_arr (5)."], ids["tier_definitions[1].max_arr"]);
        Assert.Equal(["'tier_id' 'b' is used by more than one tier; ids must be unique."], ids["tier_definitions[2].tier_id"]);
        Assert.Equal(["'tier_definitions' must hold 1-10 tiers; got 0."], Check()["tier_definitions"]);
    }

    [Theory]
    [InlineData("[{\"tier_id\":\"small\",\"min_arr\":0,\"max_arr\":100000},{\"tier_id\":\"big\",\"min_arr\":100000,\"service_level\":\"gold\"}]")]
    [InlineData("{\"small\":{\"min_arr\":0,\"max_arr\":100000},\"big\":{\"min_arr\":100000,\"service_level\":\"gold\",\"priority\":1}}")]
    public void Tier_definitions_are_an_array_or_the_originals_object_of_tier_id_to_tier(string tiers)
    {
        var query = System.Text.Json.JsonSerializer.Deserialize<SegmentByValueTier>($"{{\"segmentation_criteria\":{{}},\"tier_definitions\":{tiers}}}", SnakeCase)!;

        Assert.Equal([("small", 0m, 100_000m, null), ("big", 100_000m, null, "gold")],
            query.TierDefinitions!.Tiers.Select(t => (t.TierId, t.MinArr, t.MaxArr, t.ServiceLevel)));
        Assert.Empty(new SegmentByValueTierValidator().Validate(query).Errors);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Vip_identification_false_omits_the_vips(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Tier(new SegmentByValueTier { VipIdentification = false, ServiceLevelMapping = false });

        Assert.Null(result.Vips);
        Assert.All(result.Tiers, t => Assert.Null(t.ServicePolicy));
    }
}
