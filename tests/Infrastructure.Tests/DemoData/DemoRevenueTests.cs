using CsMcp.Domain.Contracts;
using CsMcp.Domain.Revenue;
using CsMcp.Infrastructure.DemoData;

namespace CsMcp.Infrastructure.Tests.DemoData;

/// <summary>The demo revenue ledger: catalogue, contract lines, ARR history and expansion opportunities.</summary>
public sealed class DemoRevenueTests(DefaultPortfolioFixture fixture) : IClassFixture<DefaultPortfolioFixture>
{
    private static readonly DateOnly LastDay = DefaultPortfolioFixture.AsOf.AddDays(-1);

    private IReadOnlyList<DemoClientData> Clients => fixture.Clients;

    [Fact]
    public void The_catalogue_has_unique_codes_covering_every_product_a_contract_includes()
    {
        var catalogue = DemoProductCatalogue.Create();
        var codes = catalogue.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(9, codes.Count);
        Assert.Equal(catalogue.Count, codes.Count);
        Assert.All(Clients.SelectMany(c => c.ContractLines), l => Assert.Contains(l.ProductCode, codes));
        Assert.Equal(Enum.GetValues<ProductFamily>().Order(), catalogue.Select(p => p.Family).Distinct().Order());
    }

    [Fact]
    public void Every_contract_has_lines_summing_to_its_value_and_matching_its_products()
    {
        foreach (var client in Clients)
        {
            foreach (var contract in client.Contracts)
            {
                var lines = client.ContractLines.Where(l => l.ContractId == contract.ContractId).ToList();
                Assert.True(ContractLines.MatchValue(contract, lines), $"{contract.ContractId}: lines {ContractLines.TotalArr(lines)} vs {contract.ContractValue}");
                Assert.Equal(contract.ProductsIncluded.Order(StringComparer.Ordinal), lines.Select(l => l.ProductCode).Order(StringComparer.Ordinal));
                Assert.All(lines, l => Assert.True(l.Arr > 0m, $"{contract.ContractId} {l.ProductCode}"));
                Assert.Equal(contract.IncludedUsers, lines.Single(l => l.ProductCode == DemoProductCatalogue.Platform).Quantity);
            }
        }
    }

    [Fact]
    public void Replaying_a_clients_arr_history_gives_its_current_arr()
    {
        foreach (var client in Clients)
        {
            var current = ArrLedger.CurrentArr(client.ArrChanges);
            Assert.Equal(ArrChange.ArrOf(client.Client), current[client.Client.ClientId]);
            Assert.All(client.ArrChanges, c => Assert.True(c.EffectiveOn <= LastDay, $"{c.ClientId} {c.EffectiveOn}"));
        }
    }

    [Fact]
    public void The_history_starts_new_at_the_first_term_and_follows_the_terms()
    {
        foreach (var client in Clients)
        {
            var first = client.ArrChanges[0];
            Assert.Equal((ArrChangeReason.New, client.Contracts[0].ContractId, client.Contracts[0].StartDate), (first.Reason, first.ContractId, first.EffectiveOn));
            Assert.All(client.ArrChanges.Zip(client.ArrChanges.Skip(1)), pair => Assert.Equal(pair.First.ArrAfter, pair.Second.ArrBefore));
            var churned = client.Client.Status == Domain.Clients.AccountStatus.Churned;
            Assert.Equal(churned, client.ArrChanges[^1].Reason == ArrChangeReason.Churn);
        }

        // Demo renewals never shrink (seats and prices only grow or hold), so the demo history has no contraction.
        Assert.Equal([ArrChangeReason.New, ArrChangeReason.Expansion, ArrChangeReason.Churn], Clients.SelectMany(c => c.ArrChanges).Select(c => c.Reason).Distinct().Order());
    }

    [Fact]
    public void Opportunities_span_types_and_stages_with_one_open_per_client_and_type()
    {
        var opportunities = Clients.SelectMany(c => c.Opportunities).ToList();
        var open = opportunities.Where(o => o.IsOpen).ToList();

        Assert.InRange(open.Count, 20, 40);
        Assert.Equal(Enum.GetValues<ExpansionType>().Order(), open.Select(o => o.ExpansionType).Distinct().Order());
        Assert.Equal(Enum.GetValues<OpportunityStage>().Order(), opportunities.Select(o => o.Stage).Distinct().Order());
        Assert.Equal(opportunities.Count, opportunities.Select(o => o.OpportunityId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(open.Count, open.Select(o => (o.ClientId, o.ExpansionType)).Distinct().Count());
        Assert.All(opportunities, o => Assert.Equal(o.IsOpen, o.ClosedAt is null));
        Assert.All(opportunities, o => Assert.True(o.CreatedAt < DefaultPortfolioFixture.Cutoff && o.UpdatedAt < DefaultPortfolioFixture.Cutoff, o.OpportunityId));
    }

    [Fact]
    public void A_won_opportunity_is_the_expansion_in_the_arr_history()
    {
        var won = Clients.SelectMany(c => c.Opportunities.Where(o => o.Stage == OpportunityStage.ClosedWon).Select(o => (c, o))).ToList();

        Assert.NotEmpty(won);
        Assert.All(won, w => Assert.Contains(w.c.ArrChanges, a => a.Reason == ArrChangeReason.Expansion && a.Delta == w.o.EstimatedValue && a.ExpansionType == w.o.ExpansionType));
    }
}
