using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Retention;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Retention;

public class ExecuteRetentionCampaignTests : CoreToolTestBase
{
    private Task<ExecuteRetentionCampaignResult> Call(ExecuteRetentionCampaign command) => WithDb(async db =>
        await Create<ExecuteRetentionCampaignHandler>(db).Handle(command, default));

    private async Task SeedAsync() => await WithDb(async db =>
    {
        await ChurnDataset.SeedAsync(db);
        return 0;
    });

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Creates_a_campaign_from_a_risk_filter_and_a_rerun_enrols_nobody_twice(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();
        var command = new ExecuteRetentionCampaign { MinChurnProbability = 0.3m, Owner = "Dana Lee" };

        var created = await Call(command);
        Clock.Advance(TimeSpan.FromMinutes(10));
        var replay = await Call(command);

        Assert.Equal((false, 2, true, 0), (created.Replayed, created.EnrolledNow, replay.Replayed, replay.EnrolledNow));
        Assert.Equal(created.Campaign with { Playbook = [] }, replay.Campaign with { Playbook = [] });
        Assert.Equal(created.Campaign.Playbook, replay.Campaign.Playbook);
        var campaign = created.Campaign;
        Assert.Equal(($"rc_{TestClock.Now.ToUnixTimeMilliseconds()}", "proactive_outreach 2026-06-15", "proactive_outreach|standard|risk filter: churn probability >= 0.3|2026-06-15"),
            (campaign.CampaignId, campaign.Name, campaign.IdempotencyKey));
        Assert.Equal([(PlaybookStepType.Outreach, 2), (PlaybookStepType.ExecutiveSponsorCall, 7), (PlaybookStepType.Training, 14)],
            campaign.Playbook.Select(s => (s.StepType, s.DueAfterDays)));
        Assert.Equal([(ChurnDataset.Decliner, (int?)32), (ChurnDataset.Mid, 73)], created.Enrolments.Select(e => (e.ClientId, e.HealthAtEnrolment)));
        Assert.Equal("churn probability 0.32 (medium), health 73, signals payment_problem", created.Enrolments[1].Reason);
        Assert.Equal($"Campaign {campaign.CampaignId} already exists for idempotency_key '{campaign.IdempotencyKey}'; returned as stored, nobody was enrolled again.", replay.Message);

        var (campaigns, enrolments, events) = await WithDb(async db => (await db.RetentionCampaigns.CountAsync(), await db.CampaignEnrolments.CountAsync(),
            await db.ClientEvents.Where(e => e.Category == "retention_campaign_enrolled").OrderBy(e => e.ClientId).ToListAsync()));
        Assert.Equal((1, 2, 2), (campaigns, enrolments, events.Count));
        Assert.Equal(campaign.CampaignId, events[0].Metadata["campaign_id"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Progress_and_outcomes_are_recorded_and_queryable(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();
        var created = await Call(new ExecuteRetentionCampaign
        {
            ClientIds = [ChurnDataset.Mid, ChurnDataset.Steady], Owner = "Dana Lee", IdempotencyKey = "q3-save", CampaignType = "value_reinforcement",
            Playbook = [new PlaybookStepInput { StepType = "outreach", DueAfterDays = 1 }, new PlaybookStepInput { StepType = "offer", Owner = "Sales", DueAfterDays = 10 }],
        });
        var id = created.Campaign.CampaignId;

        Clock.Advance(TimeSpan.FromDays(2));
        var updated = await Call(new ExecuteRetentionCampaign { Action = "update_enrolment", CampaignId = id, ClientId = ChurnDataset.Mid, StepsCompleted = 1, EnrolmentStatus = "in_progress" });
        Clock.Advance(TimeSpan.FromDays(9));
        await Call(new ExecuteRetentionCampaign { Action = "Update_Enrolment", CampaignId = id, ClientId = ChurnDataset.Steady, StepsCompleted = 2, EnrolmentStatus = "completed", Outcome = "retained" });
        var status = await Call(new ExecuteRetentionCampaign { Action = "status", CampaignId = id });

        Assert.Equal($"Updated {ChurnDataset.Mid} in {id}: status from enrolled to in_progress; steps_completed from 0 to 1.", updated.Message);
        var mid = status.Enrolments.Single(e => e.ClientId == ChurnDataset.Mid);
        Assert.Equal(new NextStepView(2, PlaybookStepType.Offer, "Sales", TestClock.Now.UtcDateTime.AddDays(10), true), mid.NextStep);
        Assert.Null(status.Enrolments.Single(e => e.ClientId == ChurnDataset.Steady).NextStep);
        Assert.Equal((2, 3, 4, 75m, 1, 1m), (status.Progress.Enrolled, status.Progress.StepsCompleted, status.Progress.StepsPlanned, status.Progress.CompletionPercent,
            status.Progress.OverdueSteps, status.Progress.RetentionRate!.Value));
        Assert.Equal($"{id}: 2 enrolled, 75 % of playbook steps done, 1 overdue.", status.Message);
        Assert.Equal(2, await WithDb(db => db.ClientEvents.CountAsync(e => e.Category == "retention_campaign_progress")));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refusals_write_nothing(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var churned = await Assert.ThrowsAsync<ValidationException>(() => Call(new ExecuteRetentionCampaign { ClientIds = [ChurnDataset.Gone], Owner = "Dana" }));
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Call(new ExecuteRetentionCampaign { ClientId = "cs_nobody", Owner = "Dana" }));
        var empty = await Assert.ThrowsAsync<ConflictException>(() => Call(new ExecuteRetentionCampaign { HealthScoreBelow = 10, Owner = "Dana" }));

        Assert.Equal("cs_gone churned already; a retention campaign is for live clients. Use analyze_churn_postmortem for them.", Assert.Single(churned.Errors["client_ids"]));
        Assert.Equal("No client with client_ids 'cs_nobody' exists. Call list_clients to find existing client ids; nothing was created.", missing.Message);
        Assert.Equal("No live client matches the risk filter: health below 10; no campaign was created. Loosen the filter or give client_ids.", empty.Message);
        Assert.Equal((0, 0), await WithDb(async db => (await db.RetentionCampaigns.CountAsync(), await db.CampaignEnrolments.CountAsync())));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_owner_the_campaign_is_owned_by_the_clients_csm_else_unassigned(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var decliner = await Call(new ExecuteRetentionCampaign { ClientId = ChurnDataset.Decliner });
        var mixed = await Call(new ExecuteRetentionCampaign { ClientIds = [ChurnDataset.Decliner, ChurnDataset.Steady] });
        var noCsm = await Call(new ExecuteRetentionCampaign { ClientId = ChurnDataset.Mid, Playbook = [new PlaybookStepInput { StepType = "offer", Owner = "Sam Ortiz" }] });

        Assert.Equal("Dana Lee", decliner.Campaign.Owner);
        Assert.Equal(["Dana Lee", "Dana Lee", "Dana Lee"], decliner.Campaign.Playbook.Select(s => s.Owner));
        Assert.EndsWith("enrolled 1 client(s); owner 'Dana Lee', the enrolled clients' csm_assigned.", decliner.Message, StringComparison.Ordinal);
        Assert.Equal(CampaignOwners.Unassigned, mixed.Campaign.Owner);
        Assert.EndsWith("owner 'unassigned': the enrolled clients share no csm_assigned; give owner, or set it per step.", mixed.Message, StringComparison.Ordinal);
        Assert.Equal(("unassigned", "Sam Ortiz"), (noCsm.Campaign.Owner, Assert.Single(noCsm.Campaign.Playbook).Owner));
        Assert.Equal(["Dana Lee", "unassigned", "unassigned"], await WithDb(db => db.RetentionCampaigns.OrderBy(c => c.Id).Select(c => c.Owner).ToListAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_cohort_can_be_chosen_by_portfolio_filters_and_churned_clients_stay_out(string provider)
    {
        await UseAsync(provider);
        await SeedAsync();

        var result = await Call(new ExecuteRetentionCampaign { Tiers = ["professional", "starter"], Owner = "Dana Lee" });

        Assert.Equal([ChurnDataset.Decliner], result.Enrolments.Select(e => e.ClientId));
        Assert.Equal("risk filter: tiers professional|starter", result.Campaign.Selection);
    }

    [Fact]
    public void Validator_names_each_bad_argument()
    {
        var errors = ArgumentErrors.From(new ExecuteRetentionCampaignValidator().Validate(new ExecuteRetentionCampaign
        {
            CampaignType = "discount", InterventionLevel = "extreme", ClientIds = ["a/b"], MinChurnProbability = 2m, CampaignId = "rc_1",
            Playbook = [new PlaybookStepInput { StepType = "gift", DueAfterDays = 400 }],
        }).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["campaign_type"] = ["'campaign_type' must be one of: proactive_outreach, value_reinforcement, success_planning, executive_engagement, win_back (case-insensitive); got 'discount'."],
            ["intervention_level"] = ["'intervention_level' must be one of: light, standard, aggressive (case-insensitive); got 'extreme'."],
            ["client_ids[0]"] = ["'client_ids' must not contain path traversal sequences ('..', '/', '\\')."],
            ["min_churn_probability"] = ["'min_churn_probability' must be between 0 and 1; got 2."],
            ["playbook[0].step_type"] = ["'step_type' must be one of: outreach, executive_sponsor_call, training, offer (case-insensitive); got 'gift'."],
            ["playbook[0].due_after_days"] = ["'due_after_days' must be between 0 and 365; got 400."],
            ["arguments"] = ["Give either client ids or a cohort (risk or portfolio filters), not both."],
            ["campaign_id"] = ["'campaign_id' is not used by create: the id is assigned. Use idempotency_key to make a retry safe."],
        }, errors);
    }

    [Fact]
    public void Validator_checks_what_each_action_needs()
    {
        static IEnumerable<string> Messages(ExecuteRetentionCampaign r) => new ExecuteRetentionCampaignValidator().Validate(r).Errors.Select(e => e.ErrorMessage);

        Assert.Equal(["create needs client_id or client_ids, or a cohort (min_churn_probability, health_score_below and/or portfolio filters such as tiers)."],
            Messages(new ExecuteRetentionCampaign()));
        Assert.Equal(["'campaign_id' is required for update_enrolment.", "'client_id' is required for update_enrolment: the enrolled client.",
            "update_enrolment needs at least one of enrolment_status, steps_completed or outcome."], Messages(new ExecuteRetentionCampaign { Action = "update_enrolment" }));
        Assert.Equal(["'action' must be one of: create, status, update_enrolment (case-insensitive); got 'pause'."], Messages(new ExecuteRetentionCampaign { Action = "pause" }));
    }
}
