using static CsMcp.Domain.Health.HealthMath;

namespace CsMcp.Domain.Health;

/// <summary>
/// Usage from measured product use: active-seat ratio, login frequency and feature breadth, each 0-100 and rounded to one
/// decimal, combined with fixed shares. Replaces the original's proxy by lifecycle stage.
/// </summary>
public static class UsageScoring
{
    /// <summary>Seats in use are the clearest sign the product is part of daily work (the reference usage score gives active users 0.4).</summary>
    public const decimal ActiveUserShare = 0.40m;

    /// <summary>Login frequency takes the place of the reference's 0.3 "adoption" term with a measured number.</summary>
    public const decimal LoginFrequencyShare = 0.30m;

    /// <summary>Feature breadth is the reference's 0.3 "utilisation" term (features used / available).</summary>
    public const decimal FeatureBreadthShare = 0.30m;

    /// <summary>Logins per active user per week that earn the full frequency score: one per working day.</summary>
    public const decimal TargetLoginsPerWeek = 5m;

    public static ComponentScore Score(UsageFacts facts)
    {
        if (NoDataReason(facts) is { } reason)
            return ComponentScore.NoData(HealthComponent.Usage, reason);
        var (activeRatio, activeScore, loginScore, breadthScore, score) = Compute(facts);

        EvidenceItem[] evidence =
        [
            EvidenceItem.Number("licensed_users", facts.LicensedUsers),
            EvidenceItem.Number("average_active_users", facts.AverageActiveUsers),
            EvidenceItem.Number("active_user_ratio", Round4(activeRatio)),
            EvidenceItem.Number("active_user_score", activeScore),
            EvidenceItem.Number("logins_per_active_user_per_week", facts.LoginsPerActiveUserPerWeek),
            EvidenceItem.Number("target_logins_per_week", TargetLoginsPerWeek),
            EvidenceItem.Number("login_frequency_score", loginScore),
            EvidenceItem.Number("features_adopted", facts.FeaturesAdopted),
            EvidenceItem.Number("features_available", facts.FeaturesAvailable),
            EvidenceItem.Number("feature_breadth_score", breadthScore),
        ];
        var explanation =
            $"usage {Text(score)} = {Text(ActiveUserShare)} x active users {Text(activeScore)} ({Text2(facts.AverageActiveUsers)} of {facts.LicensedUsers} licensed)"
            + $" + {Text(LoginFrequencyShare)} x login frequency {Text(loginScore)} ({Text2(facts.LoginsPerActiveUserPerWeek)} logins per active user per week, target {Text(TargetLoginsPerWeek)})"
            + $" + {Text(FeatureBreadthShare)} x feature breadth {Text(breadthScore)} ({facts.FeaturesAdopted} of {facts.FeaturesAvailable} features)";
        return new ComponentScore(HealthComponent.Usage, score, evidence, explanation);
    }

    /// <summary>The score of <see cref="Score"/> alone (null without data), with no evidence or explanation built.</summary>
    public static decimal? Value(UsageFacts facts) => NoDataReason(facts) is null ? Compute(facts).Score : null;

    private static string? NoDataReason(UsageFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        FactGuard.NotNegative(facts.LicensedUsers, "licensed_users");
        FactGuard.NotNegative(facts.AverageActiveUsers, "average_active_users");
        FactGuard.NotNegative(facts.LoginsPerActiveUserPerWeek, "logins_per_active_user_per_week");
        FactGuard.NotNegative(facts.FeaturesAdopted, "features_adopted");
        FactGuard.NotNegative(facts.FeaturesAvailable, "features_available");
        if (facts.LicensedUsers == 0)
            return "No licensed-user count is recorded, so the active-user ratio cannot be computed.";
        return facts.FeaturesAvailable == 0 ? "No available-feature count is recorded, so feature breadth cannot be computed." : null;
    }

    private static (decimal ActiveRatio, decimal ActiveScore, decimal LoginScore, decimal BreadthScore, decimal Score) Compute(UsageFacts facts)
    {
        var activeRatio = CappedRatio(facts.AverageActiveUsers, facts.LicensedUsers);
        var activeScore = Round1(MaxScore * activeRatio);
        var loginScore = Round1(MaxScore * CappedRatio(facts.LoginsPerActiveUserPerWeek, TargetLoginsPerWeek));
        var breadthScore = Round1(MaxScore * CappedRatio(facts.FeaturesAdopted, facts.FeaturesAvailable));
        var score = Round1((ActiveUserShare * activeScore) + (LoginFrequencyShare * loginScore) + (FeatureBreadthShare * breadthScore));
        return (activeRatio, activeScore, loginScore, breadthScore, score);
    }
}
