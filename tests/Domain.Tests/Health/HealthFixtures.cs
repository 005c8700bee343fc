using CsMcp.Domain.Health;

namespace CsMcp.Domain.Tests.Health;

/// <summary>Hand-built clients. The Example* facts are the worked example of docs/health-score.md.</summary>
internal static class HealthFixtures
{
    public const int Lookback = 30;

    /// <summary>usage 67.2 = 0.4 x 75 + 0.3 x 64 + 0.3 x 60.</summary>
    public static UsageFacts ExampleUsage { get; } = new(50, 37.5m, 3.2m, 12, 20);

    /// <summary>engagement 75 = 0.6 x 75 (5 days ago) + 0.4 x 75 (3 events in 30 days, target 4).</summary>
    public static EngagementFacts ExampleEngagement { get; } = new(5, 3, 30);

    /// <summary>support 78 = 100 - 12 (4 tickets) - 10 (1 P0/P1).</summary>
    public static SupportFacts ExampleSupport { get; } = new(4, 1);

    /// <summary>satisfaction 74 = 0.6 x 70 (NPS 40) + 0.4 x 80 (CSAT 4.2).</summary>
    public static SatisfactionFacts ExampleSatisfaction { get; } = new(6, 2, 2, 4.2m, 10);

    /// <summary>payment 100: current, renewal in 200 days.</summary>
    public static PaymentFacts ExamplePayment { get; } = new(PaymentStatus.Current, 200);

    public static HealthInputs Example { get; } =
        new(ExampleUsage, ExampleEngagement, ExampleSupport, ExampleSatisfaction, ExamplePayment, Lookback);

    /// <summary>Usage facts whose three sub-scores all equal <paramref name="score"/> (one decimal), so usage = score.</summary>
    public static UsageFacts UsageAt(decimal score) => new(1000, score * 10, score / 20, (int)(score * 10), 1000);

    /// <summary>Only usage has data, so the overall is trunc(score).</summary>
    public static HealthInputs OnlyUsage(decimal score) => new(UsageAt(score), null, null, null, null, Lookback);

    public static HealthInputs NoData { get; } = new(null, null, null, null, null, Lookback);

    public static HealthAssessment Assess(HealthInputs inputs, int? previous = null, decimal riskThreshold = HealthEngine.DefaultRiskThreshold) =>
        HealthEngine.Assess(inputs, HealthWeights.Default, previous, riskThreshold);

    public static decimal? Evidence(this ComponentScore score, string name) => score.Evidence.Single(e => e.Name == name).Value;
}
