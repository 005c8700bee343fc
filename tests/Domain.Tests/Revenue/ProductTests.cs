using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;

namespace CsMcp.Domain.Tests.Revenue;

public sealed class ProductTests
{
    [Theory]
    [InlineData(null, true, ClientTier.Starter, true)]
    [InlineData(ClientTier.Professional, true, ClientTier.Standard, false)]
    [InlineData(ClientTier.Professional, true, ClientTier.Professional, true)]
    [InlineData(ClientTier.Professional, true, ClientTier.Enterprise, true)]
    [InlineData(null, false, ClientTier.Enterprise, false)]
    public void A_product_is_available_from_its_minimum_tier_while_active(ClientTier? minimumTier, bool active, ClientTier tier, bool available)
    {
        var product = new Product { Code = "analytics_suite", Name = "Analytics suite", MinimumTier = minimumTier, Active = active };

        Assert.Equal(available, product.AvailableTo(tier));
    }
}
