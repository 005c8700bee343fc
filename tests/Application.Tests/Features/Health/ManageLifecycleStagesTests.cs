using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.ManageLifecycleStages;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Revenue;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Tests.Features.Health.HealthPortfolioFixture;

namespace CsMcp.Application.Tests.Features.Health;

public class ManageLifecycleStagesTests : HealthToolTestBase
{
    private static readonly DateTime Now = TestClock.Now.UtcDateTime;

    private Task<ManageLifecycleStagesResult> Manage(ManageLifecycleStages command) =>
        WithDb(async db => await new ManageLifecycleStagesHandler(db, Clock).Handle(command, default));

    private Task<(Client Client, int History, List<ClientEvent> Events)> State(string clientId) => WithDb(async db => (
        await db.Clients.SingleAsync(c => c.ClientId == clientId),
        await db.LifecycleStageChanges.CountAsync(h => h.ClientId == clientId),
        await db.ClientEvents.Where(e => e.ClientId == clientId).ToListAsync()));

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_computes_distribution_durations_transitions_and_candidates_from_stored_data(string provider)
    {
        await UseFixtureAsync(provider);

        var result = await Manage(new ManageLifecycleStages());

        Assert.Equal("report", result.Mode);
        var report = result.Report!;
        Assert.Equal(6, report.TotalClients);
        Assert.Equal([1, 2, 1, 1, 0, 1], report.StageDistribution.Values);
        Assert.Equal(330_000m, report.StageArr["active"]);
        Assert.Equal(new StageDuration(3, 55.0m, 59m, 0, null), report.AverageStageDuration["onboarding"]);
        Assert.Equal(new StageDuration(2, 448.5m, 448.5m, 1, 471.0m), report.AverageStageDuration["active"]);
        Assert.Equal(new StageDuration(1, 62.0m, 62m, 1, 45.0m), report.AverageStageDuration["at_risk"]);
        Assert.Equal(new StageDuration(0, null, null, 1, 164.0m), report.AverageStageDuration["churned"]);
        Assert.Equal(new StageDuration(0, null, null, 0, null), report.AverageStageDuration["renewal"]);
        Assert.Equal(
            [
                new TransitionCount(LifecycleStage.Onboarding, LifecycleStage.Active, 3, 0),
                new TransitionCount(LifecycleStage.Active, LifecycleStage.AtRisk, 2, 1),
                new TransitionCount(LifecycleStage.AtRisk, LifecycleStage.Churned, 1, 0),
            ],
            report.StageTransitions!);
        Assert.Equal([LifecycleStage.Onboarding], report.AllowedTransitions["churned"]);

        var atRisk = Assert.Single(report.AtRiskCandidates.Clients);
        Assert.Equal((Charlie, LifecycleStage.AtRisk), (atRisk.ClientId, atRisk.SuggestedStage));
        Assert.Equal(["payment_issues: current contract payment_status late"], atRisk.Triggers);
        Assert.Equal([Alpha], report.ExpansionCandidates.Clients.Select(c => c.ClientId));
        Assert.Equal(["health_score_above_85: stored health 90"], report.ExpansionCandidates.Clients[0].Triggers);
        Assert.Equal([Alpha, Charlie], report.RenewalCandidates.Clients.Select(c => c.ClientId));
        Assert.Equal(["contract_within_180_days: renewal on 2026-08-01, in 47 days"], report.RenewalCandidates.Clients[0].Triggers);
        Assert.Equal(6, report.InterventionPlaybooks!.Count);
        Assert.Null(report.ClientHistory);
        Assert.Equal(["At-Risk Alert", "Renewal at Risk", "Renewal Countdown"], report.AutomatedWorkflows!.Select(w => w.Name));
        Assert.InRange(report.AutomatedWorkflows![2].MatchingClients, report.RenewalCandidates.TotalCount, report.TotalClients);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Current_stage_narrows_the_report_and_guards_a_move(string provider)
    {
        await UseFixtureAsync(provider);

        var atRisk = (await Manage(new ManageLifecycleStages { CurrentStage = "at_risk", AutomationRules = false })).Report!;
        var wrong = await Assert.ThrowsAsync<ConflictException>(() => Manage(new ManageLifecycleStages { ClientId = Charlie, CurrentStage = "onboarding", TargetStage = "at_risk", Reason = "Late" }));

        Assert.Equal(atRisk.TotalClients, atRisk.StageDistribution["at_risk"]);
        Assert.Equal(atRisk.TotalClients, atRisk.StageDistribution.Values.Sum());
        Assert.Null(atRisk.AutomatedWorkflows);
        Assert.StartsWith($"{Charlie} is in active, not onboarding as current_stage says, so it was not moved.", wrong.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Report_for_one_client_includes_its_history(string provider)
    {
        await UseFixtureAsync(provider);

        var report = (await Manage(new ManageLifecycleStages { ClientId = Bravo, IncludeTransitions = false, InterventionPlanning = false })).Report!;

        Assert.Equal((1, Bravo), (report.TotalClients, report.ClientId));
        Assert.Equal([LifecycleStage.Onboarding, LifecycleStage.Active, LifecycleStage.AtRisk], report.ClientHistory!.Select(h => h.ToStage));
        Assert.Null(report.StageTransitions);
        Assert.Null(report.InterventionPlaybooks);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_allowed_move_updates_the_client_records_history_and_a_timeline_event(string provider)
    {
        await UseFixtureAsync(provider);

        var move = (await Manage(new ManageLifecycleStages { ClientId = Charlie, TargetStage = "AT_RISK", Reason = " Invoice 45 days late ", ChangedBy = "Dana Lee" })).Move!;

        Assert.Equal((true, LifecycleStage.Active, LifecycleStage.AtRisk, "Invoice 45 days late", "Dana Lee"), (move.Changed, move.FromStage, move.ToStage, move.Reason, move.ChangedBy));
        Assert.Equal($"Moved {Charlie} from active to at_risk.", move.Message);
        Assert.Equal([LifecycleStage.Active, LifecycleStage.Renewal, LifecycleStage.Churned], move.AllowedNextStages);
        var (client, history, events) = await State(Charlie);
        Assert.Equal((LifecycleStage.AtRisk, AccountStatus.Active, Now), (client.LifecycleStage, client.Status, client.UpdatedAt));
        Assert.Equal(1, history);
        var row = await WithDb(db => db.LifecycleStageChanges.SingleAsync(h => h.ClientId == Charlie));
        Assert.Equal((LifecycleStage.Active, LifecycleStage.AtRisk, Now, "Invoice 45 days late", "Dana Lee"), (row.FromStage!.Value, row.ToStage, row.ChangedAt, row.Reason, row.ChangedBy));
        var stageEvent = Assert.Single(events);
        Assert.Equal(move.TimelineEventId, stageEvent.EventId);
        Assert.Equal((TimelineEventType.Lifecycle, "stage_change", "Lifecycle stage changed to at_risk", "Moved from active to at_risk: Invoice 45 days late."),
            (stageEvent.EventType, stageEvent.Category, stageEvent.Title, stageEvent.Description));
        Assert.Equal((EventImpact.Negative, EventSeverity.High), (stageEvent.Impact, stageEvent.Severity));
        Assert.Equal(new Dictionary<string, string> { ["previous_stage"] = "active", ["new_stage"] = "at_risk", ["reason"] = "Invoice 45 days late", ["changed_by"] = "Dana Lee" }, stageEvent.Metadata);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_disallowed_move_is_refused_naming_the_allowed_targets_and_writes_nothing(string provider)
    {
        await UseFixtureAsync(provider);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Manage(new ManageLifecycleStages { ClientId = Echo, TargetStage = "renewal", Reason = "Early renewal" }));
        var churned = await Assert.ThrowsAsync<ConflictException>(() => Manage(new ManageLifecycleStages { ClientId = Foxtrot, TargetStage = "active", Reason = "Came back" }));

        Assert.Equal($"Cannot move {Echo} from onboarding to renewal: that transition is not allowed. Allowed targets from onboarding: active, at_risk, churned. "
            + "Call manage_lifecycle_stages again with one of them.", refused.Message);
        Assert.Contains("Allowed targets from churned: onboarding.", churned.Message, StringComparison.Ordinal);
        var (client, history, events) = await State(Echo);
        Assert.Equal((LifecycleStage.Onboarding, 0, 0), (client.LifecycleStage, history, events.Count));
        Assert.Equal(4, (await State(Foxtrot)).History);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Churn_and_reactivation_keep_the_account_status_in_step(string provider)
    {
        await UseFixtureAsync(provider);

        await Manage(new ManageLifecycleStages { ClientId = Bravo, TargetStage = "churned", Reason = "Did not renew" });
        var back = (await Manage(new ManageLifecycleStages { ClientId = Foxtrot, TargetStage = "onboarding", Reason = "Signed a new contract" })).Move!;

        var bravo = await State(Bravo);
        Assert.Equal((LifecycleStage.Churned, AccountStatus.Churned, "churn", "Client churned"), (bravo.Client.LifecycleStage, bravo.Client.Status, bravo.Events.Single().Category, bravo.Events.Single().Title));
        var foxtrot = await State(Foxtrot);
        Assert.Equal((AccountStatus.Active, AccountStatus.Active), (back.AccountStatus, foxtrot.Client.Status));
        Assert.Equal("reactivation", foxtrot.Events.Single().Category);
        Assert.Equal(("churned", "active"), (foxtrot.Events.Single().Metadata["previous.status"], foxtrot.Events.Single().Metadata["new.status"]));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Moving_to_the_current_stage_changes_nothing(string provider)
    {
        await UseFixtureAsync(provider);

        var move = (await Manage(new ManageLifecycleStages { ClientId = Alpha, TargetStage = "active", Reason = "Again" })).Move!;

        Assert.False(move.Changed);
        Assert.Equal($"{Alpha} is already in active; nothing changed.", move.Message);
        var (client, history, events) = await State(Alpha);
        Assert.Equal((2, 0), (history, events.Count));
        Assert.NotEqual(Now, client.UpdatedAt);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found(string provider)
    {
        await UseFixtureAsync(provider);

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Manage(new ManageLifecycleStages { ClientId = "cs_1_nobody", TargetStage = "active", Reason = "x" }));

        Assert.Equal("No client with client_id 'cs_1_nobody' exists. Call list_clients to find existing client ids.", error.Message);
    }

    [Fact]
    public void Validator_requires_client_and_reason_for_a_move()
    {
        var move = ArgumentErrors.From(new ManageLifecycleStagesValidator().Validate(new ManageLifecycleStages { TargetStage = "dormant" }).Errors);
        var stray = ArgumentErrors.From(new ManageLifecycleStagesValidator().Validate(new ManageLifecycleStages { Reason = "why", Limit = 0 }).Errors);

        Assert.Equal(["'target_stage' must be one of: onboarding, active, at_risk, churned, expansion, renewal (case-insensitive); got 'dormant'."], move["target_stage"]);
        Assert.Equal(["'client_id' is required with target_stage: name the client to move."], move["client_id"]);
        Assert.Equal(["'reason' is required with target_stage: say why the client moves (1-500 characters)."], move["reason"]);
        Assert.Equal(["'reason' applies only to a move; give target_stage too, or omit reason."], stray["reason"]);
        Assert.Equal(["'limit' must be between 1 and 1000; got 0."], stray["limit"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Churn_and_reactivation_append_arr_changes_in_the_same_write(string provider)
    {
        await UseFixtureAsync(provider);

        await Manage(new ManageLifecycleStages { ClientId = Bravo, TargetStage = "churned", Reason = "Did not renew" });
        await Manage(new ManageLifecycleStages { ClientId = Foxtrot, TargetStage = "onboarding", Reason = "Signed a new contract" });

        var (bravo, foxtrot, changes) = await WithDb(async db => (await db.Clients.SingleAsync(c => c.ClientId == Bravo), await db.Clients.SingleAsync(c => c.ClientId == Foxtrot),
            await db.ArrChanges.OrderBy(c => c.Id).ToListAsync()));
        var today = DateOnly.FromDateTime(Now);
        Assert.Equal(
            [(Bravo, ArrChangeReason.Churn, bravo.ContractValue, 0m, today), (Foxtrot, ArrChangeReason.New, 0m, foxtrot.ContractValue, today)],
            changes.Select(c => (c.ClientId, c.Reason, c.ArrBefore, c.ArrAfter, c.EffectiveOn)));
    }
}
