namespace CsMcp.Domain.Health;

/// <summary>Product usage over the lookback window.</summary>
/// <param name="LicensedUsers">Seats the contract pays for. 0 means unknown: usage is then reported as no data.</param>
/// <param name="AverageActiveUsers">Average number of distinct users active per day (or per period the source measures) in the window.</param>
/// <param name="LoginsPerActiveUserPerWeek">Logins in the window / active users / (window days / 7).</param>
/// <param name="FeaturesAdopted">Distinct features used in the window.</param>
/// <param name="FeaturesAvailable">Features the client's plan offers. 0 means unknown: usage is then reported as no data.</param>
public sealed record UsageFacts(
    int LicensedUsers,
    decimal AverageActiveUsers,
    decimal LoginsPerActiveUserPerWeek,
    int FeaturesAdopted,
    int FeaturesAvailable);
