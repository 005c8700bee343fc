using CsMcp.Domain.Clients;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>The human sentences of an assessment.</summary>
internal static class HealthText
{
    public static string? RedistributionNote(ComponentScore[] scores, HealthWeights weights)
    {
        var missing = new List<HealthComponent>(scores.Length);
        var present = new List<HealthComponent>(scores.Length);
        var missingWeight = 0m;
        foreach (var score in scores)
        {
            if (score.HasData)
            {
                present.Add(score.Component);
            }
            else
            {
                missing.Add(score.Component);
                missingWeight += weights.For(score.Component);
            }
        }

        if (missing.Count == 0)
        {
            var sum = weights.Sum;
            return sum == 1m ? null
                : $"The configured weights sum to {Text(sum)}; each was divided by {Text(sum)} so the applied weights sum to 1.";
        }

        var names = JoinCodes(missing);
        if (missingWeight == 0m)
            return missing.Count == 1
                ? $"{names} has no data; its weight is 0, so nothing was redistributed."
                : $"{names} have no data; their weights are 0, so nothing was redistributed.";
        if (missing.Count == 1)
            return $"{names} has no data; its weight {WeightText(missingWeight)} was spread over the other components in proportion to their weights.";

        var missingWeights = new List<string>(missing.Count);
        foreach (var component in missing)
            missingWeights.Add(WeightText(weights.For(component)));
        var moved = $"{names} have no data; their weights ({JoinWords(missingWeights)}; {WeightText(missingWeight)} in all)";
        return present.Count == 1
            ? $"{moved} were given to {Code(present[0])}, the only component with data."
            : $"{moved} were spread over {JoinCodes(present)} in proportion to their weights.";
    }

    public static string Summary(int overall, RiskLevel riskLevel, HealthTrend trend, int? change, int? previousOverall,
        List<HealthComponent> withoutData, int lookback)
    {
        var trendText = change is { } delta
            ? $"{HealthBands.Code(trend)} ({delta:+0;-0;0} since the previous score of {previousOverall})"
            : "first assessment, no previous score to compare";
        var basis = withoutData.Count == 0
            ? $"all 5 components scored from the last {lookback} days"
            : $"{HealthEngine.ComponentCount - withoutData.Count} of 5 components scored from the last {lookback} days; no data for {JoinCodes(withoutData)}";
        return $"Health {overall} ({HealthBands.Code(riskLevel)} risk), {trendText}; {basis}.";
    }

    public static string InsufficientSummary(ComponentScore[] scores, int lookback)
    {
        var present = new List<HealthComponent>(scores.Length);
        foreach (var score in scores)
        {
            if (score.HasData)
                present.Add(score.Component);
        }

        return present.Count == 0
            ? $"No health score: none of the five components has data (lookback {lookback} days)."
            : present.Count == 1
                ? $"No health score: only {JoinCodes(present)} has data, and its weight is 0."
                : $"No health score: only {JoinCodes(present)} have data, and their weights are 0.";
    }

    private static string JoinCodes(List<HealthComponent> components)
    {
        var words = new List<string>(components.Count);
        foreach (var component in components)
            words.Add(Code(component));
        return JoinWords(words);
    }

    private static string JoinWords(List<string> words) => words.Count switch
    {
        0 => string.Empty,
        1 => words[0],
        _ => string.Join(", ", words.GetRange(0, words.Count - 1)) + " and " + words[^1],
    };
}
