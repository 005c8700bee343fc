namespace CsMcp.Application.Features.Health.Portfolio;

/// <summary>Argument descriptions shared by the portfolio-wide health tools, so the same argument reads the same everywhere.</summary>
public static class PortfolioText
{
    public const string Tier = "Only clients of this tier: starter, standard, professional or enterprise (case-insensitive).";
    public const string Stage = "Only clients in this lifecycle stage: onboarding, active, at_risk, churned, expansion or renewal (case-insensitive).";
    public const string ArrMin = "Only clients whose annual contract value (ARR, USD) is at least this, >= 0.";
    public const string ArrMax = "Only clients whose annual contract value (ARR, USD) is at most this, >= arr_min.";
    public const string HealthMin = "Only clients whose stored health score is at least this, 0-100. Clients never scored are excluded when a health filter is given.";
    public const string HealthMax = "Only clients whose stored health score is at most this, 0-100.";
    public const string Limit = "Page size of the client list, 1-1000. Default 50.";
    public const string Offset = "Number of list entries to skip, >= 0. Default 0. Use pagination.next_offset to continue.";
}
