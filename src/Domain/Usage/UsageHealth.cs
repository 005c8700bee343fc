namespace CsMcp.Domain.Usage;

/// <summary>
/// The reference's usage health score (analyze_product_usage): feature utilisation, feature-user adoption and active users,
/// weighted 0.3 / 0.3 / 0.4 on a 0-100 scale, times 1.1 when usage is rising and 0.9 when falling, truncated and capped at 100.
/// </summary>
public static class UsageHealth
{
    public const decimal UtilisationWeight = 0.3m;
    public const decimal AdoptionWeight = 0.3m;
    public const decimal ActiveUsersWeight = 0.4m;
    public const decimal RisingMultiplier = 1.1m;
    public const decimal FallingMultiplier = 0.9m;

    public const string Rule = "usage_health_score = int(min(100, (100 x utilisation x 0.3 + 100 x adoption x 0.3 + 100 x active_user_share x 0.4) x m)), m = 1.1 when the usage trend is up, 0.9 when down, else 1.0; each input 0-1.";

    /// <param name="utilisation">Features in use / features available, 0-1.</param>
    /// <param name="adoption">Feature-user adoption, 0-1.</param>
    /// <param name="activeUserShare">Active users / licensed users, capped at 1.</param>
    /// <param name="trend">up, down or anything else (flat, no_data).</param>
    public static int Score(decimal utilisation, decimal adoption, decimal activeUserShare, string trend)
    {
        var multiplier = trend switch
        {
            "up" => RisingMultiplier,
            "down" => FallingMultiplier,
            _ => 1m,
        };
        var score = ((100m * utilisation * UtilisationWeight) + (100m * adoption * AdoptionWeight) + (100m * Math.Min(1m, activeUserShare) * ActiveUsersWeight)) * multiplier;
        return (int)Math.Min(score, 100m);
    }
}
