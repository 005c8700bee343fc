using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// The original's opportunity rule: the three lowest components below 85, each with
/// potential impact round((85 - score) x weight, 1) and priority high below 70, else medium.
/// The weight is the applied one, so after redistribution the impact is what the overall would really gain.
/// </summary>
public static class ImprovementRules
{
    /// <summary>The score a component is pushed towards: comfortably inside "healthy" without demanding perfection.</summary>
    public const decimal TargetScore = 85m;

    /// <summary>At most three opportunities, so the list stays a focus list.</summary>
    public const int MaxOpportunities = 3;

    /// <summary>Below 70 (a negative driver) the opportunity is high priority.</summary>
    public const decimal HighPriorityBelow = 70m;

    internal static IReadOnlyList<ImprovementOpportunity> Find(ComponentScore[] scores, ReadOnlySpan<decimal> appliedWeights)
    {
        Span<int> candidates = stackalloc int[scores.Length];
        var count = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i].Score is < TargetScore)
                candidates[count++] = i;
        }

        if (count == 0)
            return [];

        // Insertion sort by score ascending; equal scores keep component order. At most five items.
        for (var i = 1; i < count; i++)
        {
            var current = candidates[i];
            var j = i - 1;
            while (j >= 0 && scores[candidates[j]].Score > scores[current].Score)
            {
                candidates[j + 1] = candidates[j];
                j--;
            }

            candidates[j + 1] = current;
        }

        var take = Math.Min(count, MaxOpportunities);
        var result = new ImprovementOpportunity[take];
        for (var k = 0; k < take; k++)
        {
            var index = candidates[k];
            var score = scores[index].Score!.Value;
            var impact = Round1((TargetScore - score) * appliedWeights[index]);
            var priority = score < HighPriorityBelow ? OpportunityPriority.High : OpportunityPriority.Medium;
            var name = Code(scores[index].Component);
            result[k] = new ImprovementOpportunity(scores[index].Component, score, TargetScore, impact, priority,
                $"Raising {name} from {Text(score)} to {Text(TargetScore)} would add about {Text(impact)} points to the overall score.");
        }

        return result;
    }
}
