using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Health.ManageLifecycleStages;

/// <summary>The reference's intervention playbooks (section 1.3.5) as stated policy, keyed by stage code.</summary>
public static class LifecyclePlaybooks
{
    public static IReadOnlyDictionary<string, StagePlaybook> All { get; } = new Dictionary<string, StagePlaybook>(StringComparer.Ordinal)
    {
        [Code(LifecycleStage.Onboarding)] = new("Reach first value and complete onboarding",
            ["Day 1: kickoff call and success plan", "Day 7: admin setup reviewed", "Day 14: first workflow live", "Day 30: adoption check",
             "Day 60: core features review", "Day 90: onboarding complete, move to active"]),
        [Code(LifecycleStage.Active)] = new("Grow adoption and value", ["Monthly check-in", "Quarterly business review", "Feature adoption review"]),
        [Code(LifecycleStage.AtRisk)] = new("Recover health before renewal",
            ["Day 1: risk assessment and owner named", "Day 3: executive outreach", "Day 7: recovery plan agreed", "Day 14: plan progress review",
             "Day 30: health re-scored; back to active or escalate"]),
        [Code(LifecycleStage.Expansion)] = new("Land the expansion", ["Confirm the new use case", "Executive sponsor meeting", "Commercial proposal"]),
        [Code(LifecycleStage.Renewal)] = new("Secure the renewal",
            ["Day -180: renewal countdown starts", "Day -120: value review", "Day -90: renewal proposal", "Day -60: negotiation; renewal at risk if health < 70",
             "Day -30: contract sent", "Day 0: renewed"]),
        [Code(LifecycleStage.Churned)] = new("Learn and win back", ["Churn post-mortem", "Win-back check after 90 days"]),
    };
}
