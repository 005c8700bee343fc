using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Application.Features.Health.TrackFeatureAdoption;
using CsMcp.TestSupport;
using static CsMcp.Application.Tests.Features.Health.HealthPortfolioFixture;

namespace CsMcp.Application.Tests.Features.Health;

public class TrackFeatureAdoptionTests : HealthToolTestBase
{
    private Task<TrackFeatureAdoptionResult> Track(TrackFeatureAdoption query) =>
        WithDb(async db => await new TrackFeatureAdoptionHandler(db, Clock).Handle(query, default));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Adoption_rates_are_adopters_over_clients_the_feature_is_available_to(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Track(new TrackFeatureAdoption());

        Assert.Equal((6, 5), (result.Scope.ClientsInScope, result.Scope.FeaturesInScope));
        Assert.Equal((0.3182m, 0.4545m), (result.OverallAdoptionRate, result.EverAdoptedRate));
        Assert.Equal(["feat_core_a", "feat_core_b", "feat_new", "feat_adv", "feat_int"], result.FeatureAdoptionBreakdown.Select(f => f.FeatureId));
        var coreA = result.FeatureAdoptionBreakdown[0];
        Assert.Equal((6, 3, 5, 0, 0.5m, "high", 9m), (coreA.AvailableClients, coreA.ActiveAdopters, coreA.EverAdopters, coreA.NewAdoptersInPeriod, coreA.AdoptionRate, coreA.Classification, coreA.MedianDaysToFirstAdoption));
        Assert.Equal(new HealthAssociation(76.7m, null, null, 0.2m, null), coreA.HealthAssociation);
        var coreB = result.FeatureAdoptionBreakdown[1];
        Assert.Equal((2, 0.3333m, "moderate", 25.0m), (coreB.ActiveAdopters, coreB.AdoptionRate, coreB.Classification, coreB.MedianDaysToFirstAdoption));
        Assert.Equal(new HealthAssociation(null, 51.0m, null, null, 0.25m), coreB.HealthAssociation);
        Assert.Equal((0, null, "not_available"), (result.FeatureAdoptionBreakdown[2].AvailableClients, result.FeatureAdoptionBreakdown[2].AdoptionRate, result.FeatureAdoptionBreakdown[2].Classification));
        Assert.Equal((4, 1, 0.25m), (result.FeatureAdoptionBreakdown[3].AvailableClients, result.FeatureAdoptionBreakdown[3].ActiveAdopters, result.FeatureAdoptionBreakdown[3].AdoptionRate));
        Assert.Equal((0.1667m, "low", 44.5m), (result.FeatureAdoptionBreakdown[4].AdoptionRate, result.FeatureAdoptionBreakdown[4].Classification, result.FeatureAdoptionBreakdown[4].MedianDaysToFirstAdoption));

        Assert.Equal(new AdoptionRate(8, 3, 0.375m), result.AdoptionByTier["enterprise"]);
        Assert.Equal(new AdoptionRate(8, 4, 0.5m), result.AdoptionByTier["professional"]);
        Assert.Equal(new AdoptionRate(3, 0, 0m), result.AdoptionByTier["starter"]);
        Assert.Equal(new AdoptionRate(8, 5, 0.625m), result.AdoptionByLifecycle["active"]);
        Assert.Equal(new AdoptionRate(0, 0, null), result.AdoptionByLifecycle["expansion"]);
        Assert.Equal(new DayStats(10, 23.7m, 24.5m, 9, 31, 31, 4, 59), result.TimeToFirstAdoption);
        Assert.Empty(result.HighValueFeatures);
        Assert.Equal(["feat_int"], result.UnderutilizedFeatures.Select(f => f.FeatureId));
        Assert.Null(result.ClientFeatures);
        var opportunity = Assert.Single(result.OptimizationOpportunities!);
        Assert.Equal(("feat_int", "drive_adoption", "1 of 6 clients it is available to used it in the period (rate 0.1667, threshold 0.20)."),
            (opportunity.FeatureId, opportunity.Kind, opportunity.Evidence));
        var without = await Track(new TrackFeatureAdoption { OptimizationRecommendations = false, IncludeUserPersonas = true });
        Assert.Null(without.OptimizationOpportunities);
        Assert.Equal(result.OverallAdoptionRate, without.OverallAdoptionRate);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_threshold_decides_classification_and_underutilisation(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Track(new TrackFeatureAdoption { AdoptionThreshold = 0.5m, Limit = 1, Offset = 1 });

        Assert.Equal(["feat_int", "feat_adv", "feat_core_b"], result.UnderutilizedFeatures.Select(f => f.FeatureId));
        Assert.Equal(["feat_core_b"], result.FeatureAdoptionBreakdown.Select(f => f.FeatureId));
        Assert.Equal((5, true, 2), (result.Pagination.TotalCount, result.Pagination.HasMore, result.Pagination.NextOffset));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_client_gets_the_status_of_every_feature(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Track(new TrackFeatureAdoption { ClientId = Alpha });

        Assert.Equal(1, result.Scope.ClientsInScope);
        Assert.Equal(["active", "active", "not_available", "active", "lapsed"], result.ClientFeatures!.Select(f => f.Status));
        Assert.Equal(4, result.ClientFeatures![0].DaysToFirstAdoption);
        Assert.Equal(0.75m, result.OverallAdoptionRate);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_and_feature_id_narrow_the_scope_and_unknown_ids_are_not_found(string provider)
    {
        await UseFixtureAsync(provider);

        var professional = await Track(new TrackFeatureAdoption { FeatureId = "feat_adv", Tiers = ["professional"] });
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Track(new TrackFeatureAdoption { FeatureId = "feat_nope" }));

        var row = Assert.Single(professional.FeatureAdoptionBreakdown);
        Assert.Equal((2, 0, 0m, "low"), (row.AvailableClients, row.ActiveAdopters, row.AdoptionRate, row.Classification));
        Assert.Equal("No feature with feature_id 'feat_nope' exists. Omit feature_id to see every feature of the catalogue with its id.", missing.Message);
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var errors = ArgumentErrors.From(new TrackFeatureAdoptionValidator().Validate(new TrackFeatureAdoption
        {
            ClientId = "../etc", TimePeriodDays = 0, AdoptionThreshold = 1.5m, HealthScoreMin = 101,
        }).Errors);

        Assert.Equal(["'time_period_days' must be between 1 and 365; got 0."], errors["time_period_days"]);
        Assert.Equal(["'adoption_threshold' must be between 0 and 1 (a share of clients); got 1.5."], errors["adoption_threshold"]);
        Assert.Equal(["'health_score_min' must be between 0 and 100; got 101."], errors["health_score_min"]);
        Assert.Equal(["'client_id' must not contain path traversal sequences ('..', '/', '\\')."], errors["client_id"]);
    }
}
