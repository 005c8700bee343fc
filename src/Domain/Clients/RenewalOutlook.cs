namespace CsMcp.Domain.Clients;

/// <summary>The original's renewal ladder on the health score: >= 80 low risk, >= 60 medium, below high.</summary>
public sealed record RenewalOutlook(decimal Probability, string RiskLevel)
{
    public static RenewalOutlook FromHealthScore(int healthScore) => healthScore switch
    {
        >= 80 => new(0.90m, "low"),
        >= 60 => new(0.70m, "medium"),
        _ => new(0.40m, "high"),
    };
}
