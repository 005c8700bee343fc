using CsMcp.Domain.Contracts;
using CsMcp.Domain.Revenue;

namespace CsMcp.Domain.Tests.Revenue;

public sealed class ContractLinesTests
{
    [Fact]
    public void A_priced_line_is_quantity_times_unit_price_less_discount() =>
        // 120 x 480 x (1 - 0.125) = 50,400
        Assert.Equal(50_400m, ContractLineItem.Priced("CNT-000001", "core_platform", 120, 480m, 0.125m).Arr);

    [Fact]
    public void A_line_for_a_given_arr_derives_its_unit_price()
    {
        // 64,000 / (150 x (1 - 0.10)) = 474.0740..
        var line = ContractLineItem.ForArr("CNT-000001", "core_platform", 150, 0.10m, 64_000m);

        Assert.Equal((64_000m, 474.0741m), (line.Arr, line.UnitPrice));
    }

    [Fact]
    public void Lines_must_sum_to_the_contract_value_and_set_its_products()
    {
        var contract = new Contract { ContractId = "CNT-000001", ClientId = "cs_1_a", ContractValue = 70_000m, ProductsIncluded = ["stale"] };
        var lines = new List<ContractLineItem>
        {
            ContractLineItem.ForArr(contract.ContractId, "core_platform", 150, 0m, 61_600m),
            ContractLineItem.Priced(contract.ContractId, "analytics_suite", 1, 8_400m, 0m),
        };

        ContractLines.EnsureMatch(contract, lines);
        ContractLines.SyncProducts(contract, lines);

        Assert.Equal(["core_platform", "analytics_suite"], contract.ProductsIncluded);
        contract.ContractValue = 70_000.01m;
        Assert.False(ContractLines.MatchValue(contract, lines));
        Assert.Throws<InvalidOperationException>(() => ContractLines.EnsureMatch(contract, lines));
    }
}
