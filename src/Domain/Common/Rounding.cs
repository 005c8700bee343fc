namespace CsMcp.Domain.Common;

/// <summary>
/// The one rounding policy for every figure a tool reports: halves round away from zero, and the number of decimals
/// follows what the figure is. The scoring rules' own fast path (HealthMath) rounds the same way.
/// </summary>
public static class Rounding
{
    /// <summary>Percentages on a 0-100 scale (shares, completion, NPS-style point differences with a decimal).</summary>
    public const int PercentDecimals = 1;

    /// <summary>Averages and medians of scores, day counts and per-period counts.</summary>
    public const int AverageDecimals = 1;

    /// <summary>Money, hours and per-unit measures (logins per user per week, average ratings).</summary>
    public const int AmountDecimals = 2;

    /// <summary>Ratios and rates on a 0-1 scale (adoption, utilisation, change against a previous period).</summary>
    public const int RatioDecimals = 4;

    public static decimal Percent(decimal value) => To(value, PercentDecimals);

    public static decimal Average(decimal value) => To(value, AverageDecimals);

    public static decimal Amount(decimal value) => To(value, AmountDecimals);

    public static decimal Ratio(decimal value) => To(value, RatioDecimals);

    /// <summary>Whole numbers: NPS, users, days.</summary>
    public static decimal Whole(decimal value) => To(value, 0);

    private static decimal To(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
