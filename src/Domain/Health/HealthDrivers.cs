using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>The original's contributing-factor rule: a component at 80 or more lifts the score, one below 70 drags it.</summary>
public static class HealthDrivers
{
    /// <summary>At or above this a component is a positive driver (the low-risk band's floor).</summary>
    public const decimal PositiveFrom = 80m;

    /// <summary>Below this a component is a negative driver; 70-79 is neutral.</summary>
    public const decimal NegativeBelow = 70m;

    internal static (IReadOnlyList<HealthDriver> Positive, IReadOnlyList<HealthDriver> Negative) Find(
        ComponentScore[] scores, ReadOnlySpan<decimal> appliedWeights)
    {
        List<HealthDriver>? positive = null, negative = null;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i].Score is not { } score)
                continue;
            var weight = appliedWeights[i];
            var name = Code(scores[i].Component);
            if (score >= PositiveFrom)
            {
                var impact = Round2(score * weight);
                (positive ??= new(scores.Length)).Add(new HealthDriver(scores[i].Component, score, Round4(weight), impact,
                    $"{name} {Text(score)} (at least {Text(PositiveFrom)}) adds {Text(impact)} points to the overall score",
                    scores[i].Explanation, scores[i].Evidence));
            }
            else if (score < NegativeBelow)
            {
                var impact = Round2((MaxScore - score) * weight);
                (negative ??= new(scores.Length)).Add(new HealthDriver(scores[i].Component, score, Round4(weight), impact,
                    $"{name} {Text(score)} (below {Text(NegativeBelow)}) costs {Text(impact)} points against a perfect score",
                    scores[i].Explanation, scores[i].Evidence));
            }
        }

        positive?.Sort(ByImpact);
        negative?.Sort(ByImpact);
        return (positive ?? (IReadOnlyList<HealthDriver>)[], negative ?? (IReadOnlyList<HealthDriver>)[]);
    }

    private static int ByImpact(HealthDriver a, HealthDriver b)
    {
        var byImpact = b.Impact.CompareTo(a.Impact);
        return byImpact != 0 ? byImpact : a.Component.CompareTo(b.Component);
    }
}
