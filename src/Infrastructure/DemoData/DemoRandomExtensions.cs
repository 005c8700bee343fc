namespace CsMcp.Infrastructure.DemoData;

/// <summary>Sampling helpers over <see cref="Random"/>; the demo generator is the only place randomness is allowed.</summary>
internal static class DemoRandomExtensions
{
    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static double Between(this Random rng, double min, double max) => min + (rng.NextDouble() * (max - min));

    /// <summary>Inclusive on both ends.</summary>
    public static int Between(this Random rng, int min, int max) => rng.Next(min, max + 1);

    /// <summary>Index drawn in proportion to the weights.</summary>
    public static int Weighted(this Random rng, IReadOnlyList<int> weights)
    {
        var roll = rng.Next(weights.Sum());
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
                return i;
        }

        return weights.Count - 1;
    }

    /// <summary>A Poisson-distributed count (Knuth), for event counts with a small mean.</summary>
    public static int Poisson(this Random rng, double mean)
    {
        if (mean <= 0)
            return 0;
        var limit = Math.Exp(-mean);
        var count = 0;
        var product = rng.NextDouble();
        while (product > limit)
        {
            count++;
            product *= rng.NextDouble();
        }

        return count;
    }

    /// <summary>A UTC instant on <paramref name="day"/> during business hours (08:00-18:00).</summary>
    public static DateTime BusinessTime(this Random rng, DateOnly day) =>
        day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc).AddMinutes(rng.Next(0, 600)).AddSeconds(rng.Next(0, 60));

    public static DateOnly DayBetween(this Random rng, DateOnly first, DateOnly last) =>
        last <= first ? first : first.AddDays(rng.Next(0, last.DayNumber - first.DayNumber + 1));
}
