namespace CsMcp.Domain.Health;

/// <summary>The original's risk and churn level scale (low, medium, high, critical).</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
    Critical,
}
