using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.AutomateRetentionCampaigns;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Retention;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Retention;

public class AutomateRetentionCampaignsTests : CoreToolTestBase
{
    private const string Campaign = "rc_auto";

    private Task<AutomateRetentionCampaignsResult> Call(AutomateRetentionCampaigns command) => WithDb(async db =>
        await Create<AutomateRetentionCampaignsHandler>(db).Handle(command, default));

    private async Task SeedAsync() => await WithDb(async db =>
    {
        await ChurnDataset.SeedAsync(db);
        db.RetentionCampaigns.AddRange(NewCampaign(Campaign), NewCampaign(OtherCampaign));
        return await db.SaveChangesAsync();
    });

    private const string OtherCampaign = "rc_other";

    private static RetentionCampaign NewCampaign(string campaignId) => new()
    {
        CampaignId = campaignId, Name = "Auto", Owner = "Dana Lee", IdempotencyKey = campaignId, Selection = "automation rules",
        CreatedAt = ChurnDataset.At(6, 1), UpdatedAt = ChurnDataset.At(6, 1),
        Steps = [new PlaybookStep { Sequence = 1, StepType = PlaybookStepType.Outreach, Owner = "Dana Lee", DueAfterDays = 2 }],
    };

    /// <summary>Two stored health_score rules (below 60, which only Decliner's 32 is) that have never run, one per campaign.</summary>
    private Task<int> SeedRulesAsync() => WithDb(async db =>
    {
        db.RetentionTriggerRules.AddRange(
            new RetentionTriggerRule { RuleId = "rule_a", TriggerType = RetentionTriggerType.HealthScore, Threshold = 60, LookbackDays = 30, CampaignId = Campaign, CreatedAt = ChurnDataset.At(6, 2) },
            new RetentionTriggerRule { RuleId = "rule_b", TriggerType = RetentionTriggerType.HealthScore, Threshold = 60, LookbackDays = 30, CampaignId = OtherCampaign, CreatedAt = ChurnDataset.At(6, 3) });
        return await db.SaveChangesAsync();
    });

    private Task<Dictionary<string, bool>> StoredFlags() => WithDb(db => db.RetentionTriggerRules.AsNoTracking().ToDictionaryAsync(r => r.RuleId, r => r.Active));

    private Task<List<string>> EnrolledIn(string campaignId) => WithDb(db => db.CampaignEnrolments.AsNoTracking()
        .Where(e => db.RetentionCampaigns.Any(c => c.Id == e.CampaignRowId && c.CampaignId == campaignId)).Select(e => e.ClientId).OrderBy(id => id).ToListAsync());

    private Task<(int Rules, int Enrolments, int Events)> Counts() => WithDb(async db => (await db.RetentionTriggerRules.CountAsync(),
        await db.CampaignEnrolments.CountAsync(), await db.ClientEvents.CountAsync(e => e.Category == "retention_campaign_enrolled")));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_dry_run_lists_who_would_be_enrolled_and_why_and_writes_nothing(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var result = await Call(new AutomateRetentionCampaigns { TriggerType = "health_score", CampaignId = Campaign, DryRun = true });

        Assert.Equal([new RuleMatch(null, ChurnDataset.Decliner, "Decliner", "health 32 is below 60", "would_enrol")], result.Matches);
        Assert.Equal(("health below 60", (string?)null, 3), (Assert.Single(result.Rules).Condition, result.Rules[0].RuleId, result.ClientsEvaluated));
        Assert.Equal("Dry run: 1 client(s) would be enrolled, 0 already are; nothing was written.", result.Message);
        Assert.Equal((0, 0, 0), await Counts());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Rules_are_stored_enrol_matches_once_and_can_be_run_again(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var usage = await Call(new AutomateRetentionCampaigns { TriggerType = "usage_decline", CampaignId = Campaign });
        Clock.Advance(TimeSpan.FromSeconds(1));
        var renewal = await Call(new AutomateRetentionCampaigns { TriggerType = "renewal_risk", CampaignId = Campaign });
        var nps = await Call(new AutomateRetentionCampaigns { TriggerType = "NPS_DETRACTOR", Threshold = 4, CampaignId = Campaign, DryRun = true });
        var rerun = await Call(new AutomateRetentionCampaigns { Action = "run", CampaignId = Campaign });
        var list = await Call(new AutomateRetentionCampaigns { Action = "list" });

        var ruleId = $"rule_{TestClock.Now.ToUnixTimeMilliseconds()}";
        Assert.Equal([new RuleMatch(ruleId, ChurnDataset.Decliner, "Decliner", "average active users fell 50 % (40 -> 20), at least 20 %", "enrolled")], usage.Matches);
        Assert.Equal($"Stored {ruleId}; enrolled 1 client(s), 0 already enrolled.", usage.Message);
        Assert.Equal("renewal in 20 days (within 60) with health 32 below 70", Assert.Single(renewal.Matches).Reason);
        Assert.Equal("already_enrolled", renewal.Matches[0].Result);
        Assert.Equal("NPS answer 3 (at or below 4) in the window", Assert.Single(nps.Matches).Reason);
        Assert.Equal((0, 2), (rerun.EnrolledNow, rerun.Matches.Count));
        Assert.Equal(["usage_decline", "renewal_risk"], list.Rules.Select(r => EnumCodesOf(r.TriggerType)));
        Assert.Equal(1, list.Rules[0].LastMatchedCount);

        Assert.Equal((2, 1, 1), await Counts());
        var enrolment = await WithDb(db => db.CampaignEnrolments.SingleAsync());
        Assert.Equal((ruleId, (int?)32), (enrolment.RuleId, enrolment.HealthAtEnrolment));
        Assert.Equal($"rule {ruleId} (usage_decline): average active users fell 50 % (40 -> 20), at least 20 %", enrolment.Reason);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_campaigns_and_rules_are_refused(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var campaign = await Assert.ThrowsAsync<NotFoundException>(() => Call(new AutomateRetentionCampaigns { TriggerType = "health_score", CampaignId = "rc_none" }));
        var rule = await Assert.ThrowsAsync<NotFoundException>(() => Call(new AutomateRetentionCampaigns { Action = "run", RuleId = "rule_1" }));

        Assert.Equal("No retention campaign with campaign_id 'rc_none' exists. Create the campaign first with execute_retention_campaign.", campaign.Message);
        Assert.Equal("No active rule with rule_id 'rule_1' exists. Create one with automate_retention_campaigns action create, or call action list.", rule.Message);
        Assert.Equal((0, 0, 0), await Counts());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_deactivated_rule_is_skipped_by_run_until_it_is_activated_again(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();
        await SeedRulesAsync();

        var paused = await Call(new AutomateRetentionCampaigns { Action = "deactivate", RuleId = "rule_a" });
        Assert.Equal(("deactivate", "rule_a is now inactive; run skips it until it is activated."), (paused.Action, paused.Message));
        Assert.False(Assert.Single(paused.Rules).Active);
        Assert.Equal(new Dictionary<string, bool> { ["rule_a"] = false, ["rule_b"] = true }, await StoredFlags());

        var again = await Call(new AutomateRetentionCampaigns { Action = "DEACTIVATE", RuleId = " rule_a " });
        Assert.Equal("rule_a is already inactive; nothing changed.", again.Message);
        Assert.Equal(new Dictionary<string, bool> { ["rule_a"] = false, ["rule_b"] = true }, await StoredFlags());

        var run = await Call(new AutomateRetentionCampaigns { Action = "run" });
        Assert.Equal(["rule_b"], run.Rules.Select(r => r.RuleId));
        Assert.Equal([new RuleMatch("rule_b", ChurnDataset.Decliner, "Decliner", "health 32 is below 60", "enrolled")], run.Matches);
        Assert.Empty(await EnrolledIn(Campaign));
        Assert.Equal([ChurnDataset.Decliner], await EnrolledIn(OtherCampaign));

        var inactive = await Assert.ThrowsAsync<NotFoundException>(() => Call(new AutomateRetentionCampaigns { Action = "run", RuleId = "rule_a" }));
        Assert.Equal("No active rule with rule_id 'rule_a' exists. Create one with automate_retention_campaigns action create, or call action list.", inactive.Message);

        var list = await Call(new AutomateRetentionCampaigns { Action = "list" });
        Assert.Equal([("rule_a", false, (DateTime?)null), ("rule_b", true, TestClock.Now.UtcDateTime)], list.Rules.Select(r => (r.RuleId!, r.Active, r.LastEvaluatedAt)));

        var resumed = await Call(new AutomateRetentionCampaigns { Action = "activate", RuleId = "rule_a" });
        Assert.Equal(("activate", "rule_a is now active; run evaluates it again."), (resumed.Action, resumed.Message));
        Assert.True(Assert.Single(resumed.Rules).Active);
        Assert.Equal(new Dictionary<string, bool> { ["rule_a"] = true, ["rule_b"] = true }, await StoredFlags());
        Assert.Equal("rule_a is already active; nothing changed.", (await Call(new AutomateRetentionCampaigns { Action = "activate", RuleId = "rule_a" })).Message);

        var rerun = await Call(new AutomateRetentionCampaigns { Action = "run" });
        Assert.Equal([("rule_a", "enrolled"), ("rule_b", "already_enrolled")], rerun.Matches.Select(m => (m.RuleId!, m.Result)));
        Assert.Equal([ChurnDataset.Decliner], await EnrolledIn(Campaign));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Activating_or_deactivating_an_unknown_rule_is_refused(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();
        await SeedRulesAsync();

        var deactivate = await Assert.ThrowsAsync<NotFoundException>(() => Call(new AutomateRetentionCampaigns { Action = "deactivate", RuleId = "rule_none" }));
        var activate = await Assert.ThrowsAsync<NotFoundException>(() => Call(new AutomateRetentionCampaigns { Action = "activate", RuleId = "rule_other" }));

        Assert.Equal("No rule with rule_id 'rule_none' exists. Call automate_retention_campaigns action list to see the stored rules.", deactivate.Message);
        Assert.Equal("No rule with rule_id 'rule_other' exists. Call automate_retention_campaigns action list to see the stored rules.", activate.Message);
        Assert.Equal(new Dictionary<string, bool> { ["rule_a"] = true, ["rule_b"] = true }, await StoredFlags());
    }

    [Fact]
    public void Validator_requires_rule_id_to_activate_or_deactivate()
    {
        static Dictionary<string, string[]> Errors(AutomateRetentionCampaigns r) => ArgumentErrors.From(new AutomateRetentionCampaignsValidator().Validate(r).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["rule_id"] = ["'rule_id' is required when action is deactivate: the stored rule to change."],
            ["dry_run"] = ["'dry_run' is not used by deactivate: it changes only the rule's active flag."],
        }, Errors(new AutomateRetentionCampaigns { Action = "deactivate", DryRun = true }));
        Assert.Equal(new Dictionary<string, string[]>
        {
            ["rule_id"] = ["'rule_id' is required when action is activate: the stored rule to change."],
        }, Errors(new AutomateRetentionCampaigns { Action = "Activate", RuleId = "  " }));
        Assert.Empty(Errors(new AutomateRetentionCampaigns { Action = "activate", RuleId = "rule_a" }));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_arguments_a_health_score_rule_enrols_into_the_standing_template_campaign(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await ChurnDataset.SeedAsync(db);
            return 0;
        });

        var dry = await Call(new AutomateRetentionCampaigns { DryRun = true });
        Assert.Equal((0, 0), await WithDb(async db => (await db.RetentionCampaigns.CountAsync(), await db.RetentionTriggerRules.CountAsync())));

        var first = await Call(new AutomateRetentionCampaigns());
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Call(new AutomateRetentionCampaigns());

        Assert.Equal([(ChurnDataset.Decliner, "would_enrol")], dry.Matches.Select(m => (m.ClientId, m.Result)));
        var rule = Assert.Single(first.Rules);
        Assert.Equal((RetentionTriggerType.HealthScore, 60m, 30), (rule.TriggerType, rule.Threshold, rule.LookbackDays));
        Assert.Equal([(ChurnDataset.Decliner, "enrolled")], first.Matches.Select(m => (m.ClientId, m.Result)));
        Assert.Equal($"Stored {rule.RuleId}; created {rule.CampaignId} from campaign_template standard_intervention (owner unassigned); enrolled 1 client(s), 0 already enrolled.",
            first.Message);
        Assert.Equal((rule.RuleId, rule.CampaignId), (Assert.Single(second.Rules).RuleId, second.Rules[0].CampaignId));
        Assert.Equal([(ChurnDataset.Decliner, "already_enrolled")], second.Matches.Select(m => (m.ClientId, m.Result)));
        Assert.StartsWith($"{rule.RuleId} already stores this rule; ran it instead of storing a copy. enrolled 0 client(s)", second.Message, StringComparison.Ordinal);

        var campaign = await WithDb(db => db.RetentionCampaigns.AsNoTracking().Include(c => c.Steps).SingleAsync());
        Assert.Equal((rule.CampaignId, "Automated standard_intervention", InterventionLevel.Standard, "unassigned", "automation|standard_intervention"),
            (campaign.CampaignId, campaign.Name, campaign.InterventionLevel, campaign.Owner, campaign.IdempotencyKey));
        Assert.Equal([PlaybookStepType.Outreach, PlaybookStepType.ExecutiveSponsorCall, PlaybookStepType.Training], campaign.Steps.OrderBy(s => s.Sequence).Select(s => s.StepType));
        Assert.Equal([ChurnDataset.Decliner], await EnrolledIn(rule.CampaignId));
        Assert.Equal((1, 1, 1), await Counts());
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        static Dictionary<string, string[]> Errors(AutomateRetentionCampaigns r) => ArgumentErrors.From(new AutomateRetentionCampaignsValidator().Validate(r).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["trigger_type"] = ["'trigger_type' must be one of: health_score, usage_decline, nps_detractor, renewal_risk (case-insensitive); got 'churn'."],
            ["lookback_days"] = ["'lookback_days' must be between 7 and 180 days; got 1."],
        }, Errors(new AutomateRetentionCampaigns { TriggerType = "churn", LookbackDays = 1 }));
        Assert.Equal(new Dictionary<string, string[]>
        {
            ["campaign_template"] = ["'campaign_template' must be one of: light_intervention, standard_intervention, aggressive_intervention (case-insensitive); got 'vip'.",
                "Give campaign_id or campaign_template, not both: campaign_template names the standing campaign used when campaign_id is omitted."],
        }, Errors(new AutomateRetentionCampaigns { CampaignId = Campaign, CampaignTemplate = "vip" }));
        Assert.Equal(["'campaign_template' is only used by create: it names the campaign a new rule enrols into."],
            Errors(new AutomateRetentionCampaigns { Action = "list", CampaignTemplate = "standard_intervention" }).Values.SelectMany(v => v));
        Assert.Equal(new Dictionary<string, string[]>
        {
            ["threshold"] = ["'threshold' for nps_detractor must be a whole number from 0 to 6 (the detractor scores); got 7."],
            ["renewal_within_days"] = ["'renewal_within_days' is only used by trigger_type renewal_risk."],
        }, Errors(new AutomateRetentionCampaigns { TriggerType = "nps_detractor", Threshold = 7, RenewalWithinDays = 30, CampaignId = Campaign }));
        Assert.Equal(["'action' must be one of: create, run, list, activate, deactivate (case-insensitive); got 'delete'."],
            Errors(new AutomateRetentionCampaigns { Action = "delete" }).Values.SelectMany(v => v));
    }

    private static string EnumCodesOf(RetentionTriggerType type) => Domain.Common.EnumCodes<RetentionTriggerType>.ToCode(type);
}
