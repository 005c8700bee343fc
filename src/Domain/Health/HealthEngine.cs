using CsMcp.Domain.Clients;
using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// Scores one client's health from its facts and explains every number. Pure and deterministic: no clock, no I/O.
/// See docs/health-score.md for every formula and constant.
/// </summary>
public static class HealthEngine
{
    /// <summary>The original's default risk threshold for the health_below_threshold alert.</summary>
    public const decimal DefaultRiskThreshold = HealthBands.AtRiskBelow;

    public const int ComponentCount = 5;

    /// <param name="inputs">The facts; a null component is reported as no_data and its weight redistributed.</param>
    /// <param name="weights">Valid weights (see <see cref="HealthWeights.Validate()"/>); invalid ones throw <see cref="ArgumentException"/>.</param>
    /// <param name="previousOverall">The previous stored overall score (0-100), or null on a first assessment.</param>
    /// <param name="riskThreshold">Overall scores below this (0-100) raise health_below_threshold.</param>
    public static HealthAssessment Assess(HealthInputs inputs, HealthWeights weights, int? previousOverall, decimal riskThreshold = DefaultRiskThreshold)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weights);
        weights.EnsureValid();
        var lookback = EnsureLookback(inputs);
        if (previousOverall is < 0 or > 100)
            throw new ArgumentOutOfRangeException(nameof(previousOverall), previousOverall, $"previous overall must be between 0 and 100; got {previousOverall}.");
        if (riskThreshold is < 0m or > MaxScore)
            throw new ArgumentOutOfRangeException(nameof(riskThreshold), riskThreshold, $"risk threshold must be between 0 and 100; got {Text(riskThreshold)}.");

        var scores = Components(inputs);
        Span<decimal?> values = stackalloc decimal?[ComponentCount];
        for (var i = 0; i < ComponentCount; i++)
            values[i] = scores[i].Score;
        var (scoredWeight, weightedSum) = Weighted(values, weights);

        Span<decimal> applied = stackalloc decimal[ComponentCount];
        var components = new HealthComponentResult[ComponentCount];
        var withoutData = new List<HealthComponent>(ComponentCount);
        for (var i = 0; i < ComponentCount; i++)
        {
            var component = scores[i].Component;
            var configured = weights.For(component);
            var score = scores[i].Score;
            applied[i] = score is not null && scoredWeight > 0m ? configured / scoredWeight : 0m;
            if (score is null)
                withoutData.Add(component);
            components[i] = new HealthComponentResult(component, score is null ? ComponentStatus.NoData : ComponentStatus.Scored, score,
                configured, Round4(applied[i]), score is { } s ? Round2(s * applied[i]) : null, scores[i].Evidence, scores[i].Explanation);
        }

        if (scoredWeight == 0m)
        {
            var indicatorsOnly = RiskIndicatorRules.Find(scores, null, null, null, null);
            return new HealthAssessment(HealthAssessmentStatus.InsufficientData, null, null, null, previousOverall, null, null, null,
                components, withoutData, null, [], [], [], indicatorsOnly,
                HealthAlertRules.Find(null, riskThreshold, null, null, previousOverall, null, indicatorsOnly),
                weights, lookback, HealthText.InsufficientSummary(scores, lookback));
        }

        var weighted = weightedSum / scoredWeight;
        var overall = OverallOf(weighted);
        int? change = previousOverall is { } previous ? overall - previous : null;
        var trend = HealthBands.TrendFor(change);
        var riskLevel = HealthBands.RiskLevelFor(overall);
        var churn = ChurnModel.For(overall);
        var (positive, negative) = HealthDrivers.Find(scores, applied);
        var opportunities = ImprovementRules.Find(scores, applied);
        var indicators = RiskIndicatorRules.Find(scores, trend, change, previousOverall, overall);
        var alerts = HealthAlertRules.Find(overall, riskThreshold, trend, change, previousOverall, churn, indicators);

        return new HealthAssessment(HealthAssessmentStatus.Scored, overall, Round2(weighted), riskLevel, previousOverall, change, trend, churn,
            components, withoutData, HealthText.RedistributionNote(scores, weights),
            positive, negative, opportunities, indicators, alerts, weights, lookback,
            HealthText.Summary(overall, riskLevel, trend, change, previousOverall, withoutData, lookback));
    }

    /// <summary>
    /// The overall score alone, as <see cref="Assess"/> computes it (null when no component has data): what a portfolio scan
    /// ranks on. It computes the component scores alone (the same rules, validation included) and builds none of their
    /// evidence and explanations, nor the drivers, opportunities, alerts and texts.
    /// </summary>
    public static int? Overall(HealthInputs inputs, HealthWeights weights)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(weights);
        weights.EnsureValid();
        EnsureLookback(inputs);
        Span<decimal?> values = stackalloc decimal?[ComponentCount];
        values[0] = inputs.Usage is { } usage ? UsageScoring.Value(usage) : null;
        values[1] = inputs.Engagement is { } engagement ? EngagementScoring.Value(engagement) : null;
        values[2] = inputs.Support is { } support ? SupportScoring.Value(support) : null;
        values[3] = inputs.Satisfaction is { } satisfaction ? SatisfactionScoring.Value(satisfaction) : null;
        values[4] = inputs.Payment is { } payment ? PaymentScoring.Value(payment) : null;
        var (scoredWeight, weightedSum) = Weighted(values, weights);
        return scoredWeight == 0m ? null : OverallOf(weightedSum / scoredWeight);
    }

    private static int EnsureLookback(HealthInputs inputs)
    {
        var lookback = inputs.LookbackDays;
        if (lookback is < HealthInputs.MinLookbackDays or > HealthInputs.MaxLookbackDays)
            throw new ArgumentOutOfRangeException(nameof(inputs), lookback, $"lookback_days must be between 1 and 365; got {lookback}.");
        return lookback;
    }

    /// <summary>The component scores in <see cref="HealthComponent"/> order.</summary>
    private static ComponentScore[] Components(HealthInputs inputs)
    {
        var lookback = inputs.LookbackDays;
        return
        [
            inputs.Usage is { } usage ? UsageScoring.Score(usage)
                : ComponentScore.NoData(HealthComponent.Usage, $"No product usage data in the last {lookback} days."),
            inputs.Engagement is { } engagement ? EngagementScoring.Score(engagement)
                : ComponentScore.NoData(HealthComponent.Engagement, "No engagement tracking data for this client."),
            inputs.Support is { } support ? SupportScoring.Score(support, lookback)
                : ComponentScore.NoData(HealthComponent.Support, "No support ticket data for this client."),
            inputs.Satisfaction is { } satisfaction ? SatisfactionScoring.Score(satisfaction, lookback)
                : ComponentScore.NoData(HealthComponent.Satisfaction, $"No NPS or CSAT responses in the last {lookback} days."),
            inputs.Payment is { } payment ? PaymentScoring.Score(payment)
                : ComponentScore.NoData(HealthComponent.Payment, "No contract with a payment status is recorded."),
        ];
    }

    /// <summary>Scores in <see cref="HealthComponent"/> order, as <see cref="Components"/> returns them.</summary>
    private static (decimal ScoredWeight, decimal WeightedSum) Weighted(ReadOnlySpan<decimal?> scores, HealthWeights weights)
    {
        decimal scoredWeight = 0m, weightedSum = 0m;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] is not { } score)
                continue;
            var weight = weights.For((HealthComponent)i);
            scoredWeight += weight;
            weightedSum += score * weight;
        }

        return (scoredWeight, weightedSum);
    }

    /// <summary>One division at the end (by the caller) keeps exact decimal results exact (72 / 0.9 = 80, not 79.999...).</summary>
    private static int OverallOf(decimal weighted) => (int)decimal.Truncate(weighted);
}
