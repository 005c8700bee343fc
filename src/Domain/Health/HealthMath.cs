using System.Globalization;

namespace CsMcp.Domain.Health;

/// <summary>Rounding and formatting shared by the scoring rules. Halves round away from zero everywhere.</summary>
internal static class HealthMath
{
    public const decimal MaxScore = 100m;

    /// <summary>Above this the fast rounding path could overflow; no score, weight or ratio gets near it.</summary>
    private const decimal FastRoundingLimit = 100_000_000_000_000m;

    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1000m, 10000m];

    public static decimal Round1(decimal value) => Round(value, 1);

    public static decimal Round2(decimal value) => Round(value, 2);

    public static decimal Round4(decimal value) => Round(value, 4);

    /// <summary>The same value without trailing zeros (75.0 becomes 75), so results read the same in text and JSON.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>
    /// Rounds half away from zero and drops trailing zeros. Integer arithmetic instead of a decimal division:
    /// this runs some thirty times per assessment.
    /// </summary>
    private static decimal Round(decimal value, int places)
    {
        if (Math.Abs(value) >= FastRoundingLimit)
            return Normalize(Math.Round(value, places, MidpointRounding.AwayFromZero));

        var units = (long)Math.Round(value * PowersOfTen[places], 0, MidpointRounding.AwayFromZero);
        var scale = places;
        while (scale > 0 && units % 10 == 0)
        {
            units /= 10;
            scale--;
        }

        var magnitude = (ulong)Math.Abs(units);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, (byte)scale);
    }

    public static decimal ClampScore(decimal value) => Math.Clamp(value, 0m, MaxScore);

    /// <summary>numerator / denominator capped at 1; the denominator must be positive.</summary>
    public static decimal CappedRatio(decimal numerator, decimal denominator) => Math.Min(1m, numerator / denominator);

    /// <summary>A number without trailing zeros: 75, 67.2, 0.35.</summary>
    public static string Text(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A raw input average for a sentence: at most two decimals (the evidence keeps the exact value).</summary>
    public static string Text2(decimal value) => Text(Round2(value));

    /// <summary>A weight with at least two decimals: 0.10, 0.35, 0.3889.</summary>
    public static string WeightText(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);

    public static string Code(HealthComponent component) => component switch
    {
        HealthComponent.Usage => "usage",
        HealthComponent.Engagement => "engagement",
        HealthComponent.Support => "support",
        HealthComponent.Satisfaction => "satisfaction",
        _ => "payment",
    };
}
