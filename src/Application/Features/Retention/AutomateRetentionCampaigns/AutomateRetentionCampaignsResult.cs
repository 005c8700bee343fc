using CsMcp.Domain.Retention;

namespace CsMcp.Application.Features.Retention.AutomateRetentionCampaigns;

/// <param name="DryRun">True when nothing was written: the matches say who would be enrolled and why.</param>
/// <param name="Rules">The rules created, run or listed (on a dry-run create, the rule as it would be stored, with rule_id null).</param>
/// <param name="Matches">Each client a rule matched, newest rule first: enrolled now, would be enrolled (dry run) or already enrolled.</param>
public sealed record AutomateRetentionCampaignsResult(
    string Action,
    bool DryRun,
    string Message,
    IReadOnlyList<RuleView> Rules,
    IReadOnlyList<RuleMatch> Matches,
    int ClientsEvaluated,
    int EnrolledNow,
    bool Truncated);

public sealed record RuleView(string? RuleId, RetentionTriggerType TriggerType, decimal Threshold, int? RenewalWithinDays, int LookbackDays,
    string CampaignId, bool Active, DateTime? CreatedAt, DateTime? LastEvaluatedAt, int LastMatchedCount, string Condition);

/// <param name="Result">enrolled, would_enrol (dry run) or already_enrolled.</param>
public sealed record RuleMatch(string? RuleId, string ClientId, string ClientName, string Reason, string Result);
