using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Revenue;

/// <summary>One sellable product of the catalogue (table <c>products</c>): configuration, changed by operators in the table.</summary>
public sealed class Product
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 200;

    public long Id { get; set; }

    /// <summary>Business key, snake_case (e.g. <c>core_platform</c>); contract lines and <c>ProductsIncluded</c> use it.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }
    public ProductFamily Family { get; set; }
    public PricingModel PricingModel { get; set; }

    /// <summary>List price per year: per seat for <see cref="PricingModel.PerSeat"/>, per unit for usage, the fee for flat.</summary>
    public decimal ListPricePerYear { get; set; }

    /// <summary>Lowest contract tier that may buy the product; null when any tier may.</summary>
    public ClientTier? MinimumTier { get; set; }

    public bool Active { get; set; } = true;

    public bool AvailableTo(ClientTier tier) => Active && (MinimumTier is not { } minimum || tier >= minimum);
}
