using CsMcp.Domain.Clients;

namespace CsMcp.Domain.Lifecycle;

/// <summary>
/// The allowed lifecycle moves. Every live stage can fall to at_risk or churned; recovery goes back to active; expansion and renewal
/// are entered from healthy stages. churned is terminal except for reactivation, which restarts the client at onboarding.
/// </summary>
public static class LifecycleTransitions
{
    private static readonly Dictionary<LifecycleStage, LifecycleStage[]> Allowed = new()
    {
        [LifecycleStage.Onboarding] = [LifecycleStage.Active, LifecycleStage.AtRisk, LifecycleStage.Churned],
        [LifecycleStage.Active] = [LifecycleStage.AtRisk, LifecycleStage.Expansion, LifecycleStage.Renewal, LifecycleStage.Churned],
        [LifecycleStage.AtRisk] = [LifecycleStage.Active, LifecycleStage.Renewal, LifecycleStage.Churned],
        [LifecycleStage.Expansion] = [LifecycleStage.Active, LifecycleStage.AtRisk, LifecycleStage.Renewal, LifecycleStage.Churned],
        [LifecycleStage.Renewal] = [LifecycleStage.Active, LifecycleStage.Expansion, LifecycleStage.AtRisk, LifecycleStage.Churned],
        [LifecycleStage.Churned] = [LifecycleStage.Onboarding],
    };

    public static IReadOnlyList<LifecycleStage> AllowedFrom(LifecycleStage from) => Allowed[from];

    public static bool IsAllowed(LifecycleStage from, LifecycleStage to) => Allowed[from].Contains(to);

    /// <summary>Leaving churned for onboarding: the account is won back and starts over.</summary>
    public static bool IsReactivation(LifecycleStage from, LifecycleStage to) => from == LifecycleStage.Churned && to == LifecycleStage.Onboarding;
}
