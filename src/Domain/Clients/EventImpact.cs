namespace CsMcp.Domain.Clients;

public enum EventImpact
{
    Positive,
    Neutral,
    Negative,
}
