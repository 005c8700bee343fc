using CsMcp.Domain.Contracts;

namespace CsMcp.Domain.Revenue;

/// <summary>The invariant between a contract and its lines: ARR sums to the contract value, products match the line codes.</summary>
public static class ContractLines
{
    public static decimal TotalArr(IEnumerable<ContractLineItem> lines) => lines.Sum(l => l.Arr);

    public static bool MatchValue(Contract contract, IEnumerable<ContractLineItem> lines) => TotalArr(lines) == contract.ContractValue;

    /// <summary>Sets <see cref="Contract.ProductsIncluded"/> to the distinct line product codes, in line order.</summary>
    public static void SyncProducts(Contract contract, IEnumerable<ContractLineItem> lines) =>
        contract.ProductsIncluded = [.. lines.Select(l => l.ProductCode).Distinct(StringComparer.Ordinal)];

    /// <summary>Throws when the lines do not sum to the contract value (a write would break the ledger).</summary>
    public static void EnsureMatch(Contract contract, IReadOnlyCollection<ContractLineItem> lines)
    {
        if (!MatchValue(contract, lines))
            throw new InvalidOperationException($"The lines of {contract.ContractId} sum to {TotalArr(lines)}, not its contract value {contract.ContractValue}.");
    }
}
