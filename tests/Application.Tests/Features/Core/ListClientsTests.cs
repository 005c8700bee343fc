using CsMcp.Application.Features.Core.ListClients;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Core;

public class ListClientsTests : CoreToolTestBase
{
    private Task<ListClientsResult> List(ListClients query) =>
        WithDb(async db => await new ListClientsHandler(db, Clock).Handle(query, default));

    private async Task SeedPortfolio()
    {
        await SetHealth((await Register("Delta Dynamics", b => { b.Tier = "enterprise"; b.ContractValue = 200_000m; })).ClientId, 85);
        await SetHealth((await Register("alpha analytics", b => { b.Tier = "starter"; b.ContractValue = 10_000m; })).ClientId, 40);
        await SetHealth((await Register("Bravo Builders", b => { b.Tier = "enterprise"; b.ContractValue = 150_000m; })).ClientId, 70);
        await Register("Charlie Cloud", b => { b.Tier = "standard"; b.ContractValue = 50_000.50m; });
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Orders_by_name_and_summarises_the_whole_result_not_the_page(string provider)
    {
        await UseAsync(provider);
        await SeedPortfolio();

        var result = await List(new ListClients { Limit = 2, Offset = 1 });

        Assert.Equal(["Bravo Builders", "Charlie Cloud"], result.Clients.Select(c => c.ClientName));
        Assert.Equal((4, 2, 1, 2, true, 3, false), (result.Pagination.TotalCount, result.Pagination.Limit, result.Pagination.Offset,
            result.Pagination.ReturnedCount, result.Pagination.HasMore, result.Pagination.NextOffset, result.Pagination.Truncated));
        Assert.Equal(410_000.50m, result.Summary.TotalArr);
        Assert.Equal(65.0m, result.Summary.AverageHealthScore);
        Assert.Equal(3, result.Summary.ClientsWithHealthScore);
        Assert.Equal(4, result.Summary.LifecycleBreakdown["onboarding"]);
        Assert.Equal(0, result.Summary.LifecycleBreakdown["renewal"]);
        Assert.Equal(2, result.Summary.TierBreakdown["enterprise"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_by_tier_and_health_range_excluding_unscored_clients(string provider)
    {
        await UseAsync(provider);
        await SeedPortfolio();

        var enterprise = await List(new ListClients { Tiers = ["Enterprise"], HealthScoreMin = 71 });
        var lowHealth = await List(new ListClients { HealthScoreMax = 70 });

        Assert.Equal(["Delta Dynamics"], enterprise.Clients.Select(c => c.ClientName));
        Assert.Equal(["enterprise"], enterprise.FiltersApplied.Tiers);
        Assert.Equal(["alpha analytics", "Bravo Builders"], lowHealth.Clients.Select(c => c.ClientName));
        Assert.Equal(55.0m, lowHealth.Summary.AverageHealthScore);
        Assert.False(lowHealth.Pagination.HasMore);
        Assert.Null(lowHealth.Pagination.NextOffset);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Empty_portfolio_has_no_average_instead_of_an_invented_one(string provider)
    {
        await UseAsync(provider);

        var result = await List(new ListClients { LifecycleStages = ["renewal"] });

        Assert.Empty(result.Clients);
        Assert.Null(result.Summary.AverageHealthScore);
        Assert.Equal((0, 0m), (result.Summary.TotalClients, result.Summary.TotalArr));
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var result = new ListClientsValidator().Validate(new ListClients
        {
            Tiers = ["gold"], LifecycleStages = ["dormant"], HealthScoreMin = 90, HealthScoreMax = 101, Limit = 0, Offset = -1,
        });

        Assert.Equal(
        [
            "'tiers' has 'gold', which is not one of: starter, standard, professional, enterprise (case-insensitive).",
            "'lifecycle_stages' has 'dormant', which is not one of: onboarding, active, at_risk, churned, expansion, renewal (case-insensitive).",
            "'health_score_max' must be between 0 and 100; got 101.",
            "'limit' must be between 1 and 1000; got 0.",
            "'offset' must be 0 or more; got -1.",
        ], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Validator_rejects_a_max_below_the_min() =>
        Assert.Equal("'health_score_max' (40) must be at least health_score_min (60).",
            Assert.Single(new ListClientsValidator().Validate(new ListClients { HealthScoreMin = 60, HealthScoreMax = 40 }).Errors).ErrorMessage);
}
