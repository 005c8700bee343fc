using CsMcp.Domain.Common;
using CsMcp.Domain.Contracts;

namespace CsMcp.Domain.Revenue;

/// <summary>
/// One product sold on a contract term (table <c>contract_line_items</c>). <see cref="Arr"/> is the billed annual value of the
/// line; the lines of a contract sum to its <see cref="Contract.ContractValue"/> (see <see cref="ContractLines"/>).
/// </summary>
public sealed class ContractLineItem
{
    public long Id { get; set; }
    public required string ContractId { get; set; }
    public required string ProductCode { get; set; }

    /// <summary>Seats for per-seat products, units for usage products, 1 for flat ones.</summary>
    public int Quantity { get; set; }

    /// <summary>Price per unit per year before <see cref="DiscountPercentage"/>.</summary>
    public decimal UnitPrice { get; set; }

    /// <summary>Discount on the unit price, 0 to 1.</summary>
    public decimal DiscountPercentage { get; set; }

    public decimal Arr { get; set; }

    /// <summary>A line priced from quantity x unit price x (1 - discount), 2 decimals.</summary>
    public static ContractLineItem Priced(string contractId, string productCode, int quantity, decimal unitPrice, decimal discount) => new()
    {
        ContractId = contractId,
        ProductCode = productCode,
        Quantity = quantity,
        UnitPrice = unitPrice,
        DiscountPercentage = discount,
        Arr = Rounding.Amount(quantity * unitPrice * (1m - discount)),
    };

    /// <summary>
    /// A line whose ARR is given (the rest of a negotiated contract value once the priced lines are set); the unit price is
    /// derived back from it (4 decimals) so the line still reads as quantity x unit price x (1 - discount).
    /// </summary>
    public static ContractLineItem ForArr(string contractId, string productCode, int quantity, decimal discount, decimal arr) => new()
    {
        ContractId = contractId,
        ProductCode = productCode,
        Quantity = quantity,
        UnitPrice = quantity == 0 || discount >= 1m ? 0m : Math.Round(arr / (quantity * (1m - discount)), 4, MidpointRounding.AwayFromZero),
        DiscountPercentage = discount,
        Arr = arr,
    };
}
