namespace CsMcp.Domain.Clients;

public enum HealthTrend
{
    Improving,
    Stable,
    Declining,
}
