using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Surveys;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.AutomateRetentionCampaigns;

[Tool("automate_retention_campaigns", Toolsets.Retention, Title = "Automate retention campaigns")]
[Description("Trigger rules that enrol matching live clients into a retention campaign: stores a rule, evaluates it now and enrols the matches "
    + "(noted on timelines). No arguments: a health_score rule (below 60) into the standing standard_intervention campaign. An equal "
    + "stored rule is reused.")]
public sealed record AutomateRetentionCampaigns : ICommand<AutomateRetentionCampaignsResult>
{
    [Description("Default create (store a rule and run it); run (stored active rules); list; activate or deactivate (rule_id).")]
    [OneOf<AutomationAction>]
    public string Action { get; init; } = "create";

    [Description("create: what matches. Default health_score.")]
    [OneOf<RetentionTriggerType>]
    public string TriggerType { get; init; } = "health_score";

    [Description("create. health_score: health below it (default 60); usage_decline: active users down this % (20); nps_detractor: NPS answer at most this, 0-6 (6); renewal_risk: health below it (70).")]
    public decimal? Threshold { get; init; }

    [Description("create, renewal_risk: renewal within this many days, 1-365. Default 60.")]
    public int? RenewalWithinDays { get; init; }

    [Description("create: window in days, 7-180. Default 30.")]
    public int LookbackDays { get; init; } = HealthScoringOptions.DefaultLookbackDays;

    [Description("create: campaign to enrol into (default campaign_template's). run, list: its rules only.")]
    public string? CampaignId { get; init; }

    [Description("create without campaign_id: standing campaign (made on first use, owner unassigned). Default standard_intervention.")]
    [OneOf<CampaignTemplate>]
    public string? CampaignTemplate { get; init; }

    [Description("run: only this rule. activate, deactivate: the rule.")]
    public string? RuleId { get; init; }

    [Description("List who would be enrolled and why, writing nothing. Default false.")]
    public bool DryRun { get; init; }
}

public sealed class AutomateRetentionCampaignsHandler(IAppDbContext db, HealthFactsLoader loader, HealthWeightSettings weights, TimeProvider time)
    : ICommandHandler<AutomateRetentionCampaigns, AutomateRetentionCampaignsResult>
{
    public const int MaxMatchesListed = 500;

    public async ValueTask<AutomateRetentionCampaignsResult> Handle(AutomateRetentionCampaigns command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var action = EnumCodes<AutomationAction>.Parse(command.Action);
        if (action == AutomationAction.List)
        {
            var rules = await Rules(command, cancellationToken);
            return new AutomateRetentionCampaignsResult("list", true, $"{rules.Count} rule(s).", rules.Select(View).ToList(), [], 0, 0, false);
        }

        if (action is AutomationAction.Activate or AutomationAction.Deactivate)
            return await SetActiveAsync(command.RuleId!.Trim(), action == AutomationAction.Activate, cancellationToken);

        if (action == AutomationAction.Create)
        {
            var campaign = command.CampaignId is { } campaignId
                ? await CampaignAsync(campaignId, cancellationToken)
                : await TemplateCampaignAsync(EnumCodes<CampaignTemplate>.Parse(command.CampaignTemplate ?? "standard_intervention"), command.DryRun, now, cancellationToken);
            var type = EnumCodes<RetentionTriggerType>.Parse(command.TriggerType);
            var rule = new RetentionTriggerRule
            {
                RuleId = string.Empty,
                TriggerType = type,
                Threshold = command.Threshold ?? TriggerRules.DefaultThreshold(type),
                RenewalWithinDays = type == RetentionTriggerType.RenewalRisk ? command.RenewalWithinDays ?? TriggerRules.DefaultRenewalWithinDays : null,
                LookbackDays = command.LookbackDays,
                CampaignId = campaign.CampaignId,
                CreatedAt = now.UtcDateTime,
            };
            var stored = (await db.RetentionTriggerRules.Where(r => r.CampaignId == rule.CampaignId && r.TriggerType == rule.TriggerType)
                    .OrderBy(r => r.Id).ToListAsync(cancellationToken))
                .FirstOrDefault(r => r.Threshold == rule.Threshold && r.RenewalWithinDays == rule.RenewalWithinDays && r.LookbackDays == rule.LookbackDays);
            if (stored is not null)
                return await RunAsync("create", [stored], command.DryRun, now.UtcDateTime, cancellationToken, campaign,
                    $"{stored.RuleId} already stores this rule{(stored.Active ? string.Empty : " (inactive; ran anyway, still inactive)")}; ran it instead of storing a copy. ");
            if (!command.DryRun)
            {
                rule.RuleId = await BusinessKeys.MintAsync("rule", now, id => db.RetentionTriggerRules.AnyAsync(r => r.RuleId == id, cancellationToken));
                db.RetentionTriggerRules.Add(rule);
            }

            var created = campaign.Id == 0 ? $"created {campaign.CampaignId} from campaign_template {Code(campaign.InterventionLevel)}_intervention (owner {campaign.Owner}); " : string.Empty;
            return await RunAsync("create", [rule], command.DryRun, now.UtcDateTime, cancellationToken, campaign,
                command.DryRun ? null : $"Stored {rule.RuleId}; {created}");
        }

        var toRun = (await Rules(command, cancellationToken)).Where(r => r.Active).ToList();
        if (toRun.Count == 0)
            throw new NotFoundException("active rule", command.RuleId is not null ? "rule_id" : "campaign_id", command.RuleId ?? command.CampaignId ?? "(any)",
                "Create one with automate_retention_campaigns action create, or call action list.");
        return await RunAsync("run", toRun, command.DryRun, now.UtcDateTime, cancellationToken);
    }

    /// <param name="unsaved">A campaign a dry run would create, not in the database yet.</param>
    /// <param name="prefix">What create did with the rule, before the enrolment counts.</param>
    private async Task<AutomateRetentionCampaignsResult> RunAsync(string action, List<RetentionTriggerRule> rules, bool dryRun, DateTime now, CancellationToken cancellationToken,
        RetentionCampaign? unsaved = null, string? prefix = null)
    {
        var today = DateOnly.FromDateTime(now);
        var campaignIds = rules.Select(r => r.CampaignId).Distinct().ToList();
        var campaigns = await db.RetentionCampaigns.Where(c => campaignIds.Contains(c.CampaignId)).ToDictionaryAsync(c => c.CampaignId, StringComparer.Ordinal, cancellationToken);
        if (unsaved is not null)
            campaigns.TryAdd(unsaved.CampaignId, unsaved);
        var rowIds = campaigns.Values.Select(c => c.Id).ToList();
        var enrolled = (await db.CampaignEnrolments.AsNoTracking().Where(e => rowIds.Contains(e.CampaignRowId)).Select(e => new { e.CampaignRowId, e.ClientId }).ToListAsync(cancellationToken))
            .Select(e => (e.CampaignRowId, e.ClientId)).ToHashSet();

        var matches = new List<RuleMatch>();
        var evaluated = 0;
        var enrolledNow = 0;
        foreach (var group in rules.GroupBy(r => r.LookbackDays))
        {
            var clients = db.Clients.Live();
            var risks = await ChurnRiskEvaluation.EvaluateAsync(clients, loader, weights.Weights, today, group.Key, cancellationToken);
            evaluated = Math.Max(evaluated, risks.Count);
            var window = HealthWindow.EndingOn(today, group.Key);
            var lowestNps = group.Any(r => r.TriggerType == RetentionTriggerType.NpsDetractor)
                ? await db.SurveyResponses.AsNoTracking()
                    .Where(s => s.SurveyType == SurveyType.Nps && s.RespondedAt > window.Start && s.RespondedAt <= window.End && clients.Any(c => c.ClientId == s.ClientId))
                    .GroupBy(s => s.ClientId).Select(g => new { ClientId = g.Key, Lowest = g.Min(s => s.Score) })
                    .ToDictionaryAsync(g => g.ClientId, g => g.Lowest, StringComparer.Ordinal, cancellationToken)
                : [];

            foreach (var rule in group)
            {
                var campaign = campaigns[rule.CampaignId];
                var count = 0;
                foreach (var risk in risks)
                {
                    var facts = new TriggerFacts(risk.Health, risk.Facts.Inputs.Usage?.AverageActiveUsers, risk.PreviousFacts.Inputs.Usage?.AverageActiveUsers,
                        lowestNps.TryGetValue(risk.Client.ClientId, out var low) ? low : null, risk.DaysUntilRenewal);
                    if (TriggerRules.Match(rule.TriggerType, rule.Threshold, rule.RenewalWithinDays, facts) is not { } reason)
                        continue;
                    count++;
                    var ruleId = dryRun && rule.RuleId.Length == 0 ? null : rule.RuleId;
                    if (!enrolled.Add((campaign.Id, risk.Client.ClientId)))
                    {
                        matches.Add(new RuleMatch(ruleId, risk.Client.ClientId, risk.Client.ClientName, reason, "already_enrolled"));
                        continue;
                    }

                    matches.Add(new RuleMatch(ruleId, risk.Client.ClientId, risk.Client.ClientName, reason, dryRun ? "would_enrol" : "enrolled"));
                    if (dryRun)
                        continue;
                    var enrolment = new CampaignEnrolment
                    {
                        CampaignRowId = campaign.Id, ClientId = risk.Client.ClientId, Reason = $"rule {rule.RuleId} ({Code(rule.TriggerType)}): {reason}",
                        RuleId = rule.RuleId, HealthAtEnrolment = risk.Health, EnrolledAt = now, UpdatedAt = now,
                    };
                    if (campaign.Id == 0)
                        campaign.Enrolments.Add(enrolment);
                    else
                        db.CampaignEnrolments.Add(enrolment);
                    db.ClientEvents.Add(ClientTimeline.CampaignEnrolled(campaign, enrolment));
                    enrolledNow++;
                }

                if (!dryRun)
                {
                    rule.LastEvaluatedAt = now;
                    rule.LastMatchedCount = count;
                }
            }
        }

        if (!dryRun)
            await db.SaveChangesAsync(cancellationToken);
        var wouldEnrol = matches.Count(m => m.Result == "would_enrol");
        var already = matches.Count(m => m.Result == "already_enrolled");
        var message = dryRun
            ? $"Dry run: {wouldEnrol} client(s) would be enrolled, {already} already are; nothing was written."
            : $"{prefix}enrolled {enrolledNow} client(s), {already} already enrolled.";
        return new AutomateRetentionCampaignsResult(action, dryRun, message, rules.Select(View).ToList(),
            matches.Take(MaxMatchesListed).ToList(), evaluated, enrolledNow, matches.Count > MaxMatchesListed);
    }

    private async Task<AutomateRetentionCampaignsResult> SetActiveAsync(string ruleId, bool active, CancellationToken cancellationToken)
    {
        var rule = await db.RetentionTriggerRules.SingleOrDefaultAsync(r => r.RuleId == ruleId, cancellationToken)
            ?? throw new NotFoundException("rule", "rule_id", ruleId, "Call automate_retention_campaigns action list to see the stored rules.");
        var action = active ? "activate" : "deactivate";
        var state = active ? "active" : "inactive";
        if (rule.Active == active)
            return new AutomateRetentionCampaignsResult(action, false, $"{rule.RuleId} is already {state}; nothing changed.", [View(rule)], [], 0, 0, false);

        rule.Active = active;
        await db.SaveChangesAsync(cancellationToken);
        var effect = active ? "run evaluates it again" : "run skips it until it is activated";
        return new AutomateRetentionCampaignsResult(action, false, $"{rule.RuleId} is now {state}; {effect}.", [View(rule)], [], 0, 0, false);
    }

    private async Task<List<RetentionTriggerRule>> Rules(AutomateRetentionCampaigns command, CancellationToken cancellationToken)
    {
        var rules = db.RetentionTriggerRules.AsQueryable();
        if (command.RuleId is { } ruleId)
            rules = rules.Where(r => r.RuleId == ruleId);
        if (command.CampaignId is { } campaignId)
            rules = rules.Where(r => r.CampaignId == campaignId);
        return await rules.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    private async Task<RetentionCampaign> CampaignAsync(string campaignId, CancellationToken cancellationToken)
    {
        var id = campaignId.Trim();
        var campaign = await db.RetentionCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.CampaignId == id, cancellationToken)
            ?? throw new NotFoundException("retention campaign", "campaign_id", id, "Create the campaign first with execute_retention_campaign.");
        if (campaign.Status != CampaignStatus.Active)
            throw new ConflictException($"{id} is {Code(campaign.Status)}; rules can only enrol into an active campaign.");
        return campaign;
    }

    /// <summary>
    /// The standing campaign of a template, found by its idempotency key. When missing it is added (saved with the rule and its
    /// enrolments, so a failed run stores none of them), or on a dry run only built.
    /// </summary>
    private async Task<RetentionCampaign> TemplateCampaignAsync(CampaignTemplate template, bool dryRun, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var code = Code(template);
        var key = $"automation|{code}";
        if (await db.RetentionCampaigns.AsNoTracking().SingleOrDefaultAsync(c => c.IdempotencyKey == key, cancellationToken) is { } existing)
        {
            return existing.Status == CampaignStatus.Active ? existing
                : throw new ConflictException($"{existing.CampaignId}, the standing {code} campaign, is {Code(existing.Status)}; give campaign_id of an active campaign.");
        }

        var level = CampaignTemplates.Level(template);
        var at = now.UtcDateTime;
        var campaign = new RetentionCampaign
        {
            CampaignId = dryRun ? $"(new {code} campaign)"
                : await BusinessKeys.MintAsync("rc", now, id => db.RetentionCampaigns.AnyAsync(c => c.CampaignId == id, cancellationToken)),
            Name = $"Automated {code}",
            CampaignType = CampaignType.ProactiveOutreach,
            InterventionLevel = level,
            Owner = CampaignOwners.Unassigned,
            IdempotencyKey = key,
            Selection = $"automation rules (campaign_template {code})",
            CreatedAt = at,
            UpdatedAt = at,
            Steps = [.. Playbooks.DefaultFor(level).Select((s, i) => new PlaybookStep { Sequence = i + 1, StepType = s.Type, Owner = CampaignOwners.Unassigned, DueAfterDays = s.DueAfterDays })],
        };
        if (!dryRun)
            db.RetentionCampaigns.Add(campaign);
        return campaign;
    }

    private static RuleView View(RetentionTriggerRule r) => new(r.RuleId.Length == 0 ? null : r.RuleId, r.TriggerType, r.Threshold, r.RenewalWithinDays,
        r.LookbackDays, r.CampaignId, r.Active, r.RuleId.Length == 0 ? null : r.CreatedAt, r.LastEvaluatedAt, r.LastMatchedCount, Condition(r));

    private static string Condition(RetentionTriggerRule r) => r.TriggerType switch
    {
        RetentionTriggerType.HealthScore => $"health below {Number(r.Threshold)}",
        RetentionTriggerType.UsageDecline => $"average active users down {Number(r.Threshold)} % or more against the previous {r.LookbackDays} days",
        RetentionTriggerType.NpsDetractor => $"an NPS answer of {Number(r.Threshold)} or less in the last {r.LookbackDays} days",
        _ => $"renewal within {r.RenewalWithinDays} days and health below {Number(r.Threshold)}",
    };
}
