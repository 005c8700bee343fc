namespace CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

/// <summary>The reference's thresholds for support recommendations, SLA issues, satisfaction actions and agents needing support.</summary>
public static class SupportThresholds
{
    public const decimal SlaComplianceBelow = 0.9m;
    public const decimal SatisfactionBelow = 4.0m;
    public const decimal EscalationAbove = 0.1m;
    public const int FirstResponseBreachesAbove = 5;
    public const int ResolutionBreachesAbove = 10;
    public const int AtRiskAbove = 5;
    public const decimal ResponseRateBelow = 0.8m;
    public const decimal NegativeShareAbove = 0.15m;
    public const int NegativeRatingAtMost = 2;
    public const decimal AgentSlaComplianceBelow = 0.85m;

    public static readonly IReadOnlyList<string> Rules =
    [
        "SLA per clock: answered/resolved within the ticket's stored SLA minutes = met, later = breached; open and past due = breached, "
            + "open with >= 80 % of the SLA elapsed = at_risk. Compliance = met / (met + breached).",
        "Recommendations when SLA compliance < 0.9, CSAT average < 4.0, escalation rate > 0.1 (deflection < 0.25 needs a knowledge base).",
        "SLA issues when first-response breaches > 5, resolution breaches > 10, at-risk open tickets > 5.",
        "Satisfaction actions when response rate (rated / resolved) < 0.8, average < 4.0, negative share (rating <= 2) > 0.15.",
        "An agent needs support when their SLA compliance < 0.85.",
    ];
}
