using CsMcp.Domain.Common;

namespace CsMcp.Domain.Clients;

/// <summary>
/// The reference's upsell ladder: starter to standard x2.0, standard to professional x2.5, professional to enterprise x2.0;
/// enterprise has no next tier. The expansion value of an upgrade is the contract value x (multiplier - 1).
/// </summary>
public static class TierLadder
{
    public const string Rule = "tier upgrade: starter to standard x2.0, standard to professional x2.5, professional to enterprise x2.0; expansion value = contract value x (multiplier - 1).";

    public static (ClientTier Next, decimal Multiplier)? Upgrade(ClientTier tier) => tier switch
    {
        ClientTier.Starter => (ClientTier.Standard, 2.0m),
        ClientTier.Standard => (ClientTier.Professional, 2.5m),
        ClientTier.Professional => (ClientTier.Enterprise, 2.0m),
        _ => null,
    };

    /// <summary>Contract value x (multiplier - 1), 2 decimals; null at the top tier.</summary>
    public static decimal? ExpansionValue(ClientTier tier, decimal contractValue) =>
        Upgrade(tier) is { } up ? Rounding.Amount(contractValue * (up.Multiplier - 1m)) : null;
}
