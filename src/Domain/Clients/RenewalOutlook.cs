namespace CsMcp.Domain.Clients;

/// <summary>The original's renewal ladder on the health score: >= 80 low risk, >= 60 medium, below high.</summary>
public sealed record RenewalOutlook(decimal Probability, string RiskLevel)
{
    /// <summary>A health score from here on is a healthy account: low renewal risk.</summary>
    public const int LowRiskFrom = 80;

    /// <summary>Below this a health score is a high renewal risk.</summary>
    public const int MediumRiskFrom = 60;

    /// <summary>The ladder in words, for descriptions and results.</summary>
    public static string Rule { get; } = $">= {LowRiskFrom}: 0.90 low risk, >= {MediumRiskFrom}: 0.70 medium, below: 0.40 high";

    public static RenewalOutlook FromHealthScore(int healthScore) => healthScore switch
    {
        >= LowRiskFrom => new(0.90m, "low"),
        >= MediumRiskFrom => new(0.70m, "medium"),
        _ => new(0.40m, "high"),
    };
}
