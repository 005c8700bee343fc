using CsMcp.Application.Features.Core.UpdateClientInfo;
using CsMcp.Application.Features.Feedback.CollectFeedback;
using CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;
using CsMcp.Application.Features.Feedback.ShareProductInsights;
using CsMcp.Application.Features.Health.CalculateHealthScore;
using CsMcp.Application.Features.Health.ManageLifecycleStages;
using CsMcp.Application.Features.Retention.AnalyzeChurnPostmortem;
using CsMcp.Application.Features.Retention.AutomateRetentionCampaigns;
using CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;
using CsMcp.Application.Features.Retention.IdentifyChurnRisk;
using CsMcp.Application.Features.Retention.ManageEscalations;
using CsMcp.Application.Features.Retention.ScoreRiskFactors;
using CsMcp.Application.Features.Workers.ConfigureAutonomousWorker;
using CsMcp.Application.Features.Workers.TriggerWorkerNow;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Application.Tests.Features.Retention;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Retention;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Tests.Features.Retention.ChurnDataset;
using static CsMcp.Domain.Clients.Timeline.TimelineEventKind;

namespace CsMcp.Application.Tests.Features;

/// <summary>
/// Every write tool appends exactly its own timeline entries, through ClientTimeline: the kind, how many and for which
/// client, and nothing when the call changed nothing. Each case runs over <see cref="ChurnDataset"/>.
/// </summary>
public sealed class WriteToolTimelineTests : CoreToolTestBase
{
    private const string AutoCampaign = "rc_auto";

    private sealed record Case(Func<WriteToolTimelineTests, Task> Arrange, Func<WriteToolTimelineTests, Task<(TimelineEventKind, string)[]>> Act);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["register_client"] = new(Nothing, async t => [(ClientRegistered, (await t.Register("Acme Corp")).ClientId)]),
        ["update_client_info profile"] = new(Nothing, async t =>
        {
            await t.Run((UpdateClientInfoHandler h) => h.Handle(new UpdateClientInfo { ClientId = Mid, Updates = new ClientUpdates { CsmAssigned = "Sam Ortiz" } }, default));
            return [(ClientProfileUpdated, Mid)];
        }),
        ["update_client_info contract"] = new(Nothing, async t =>
        {
            await t.Run((UpdateClientInfoHandler h) => h.Handle(new UpdateClientInfo { ClientId = Mid, Updates = new ClientUpdates { ContractValue = 60_000m } }, default));
            return [(ContractDetailsUpdated, Mid)];
        }),
        ["update_client_info unchanged"] = new(Nothing, async t =>
        {
            await t.Run((UpdateClientInfoHandler h) => h.Handle(new UpdateClientInfo { ClientId = Decliner, Updates = new ClientUpdates { CsmAssigned = "Dana Lee" } }, default));
            return [];
        }),
        ["manage_lifecycle_stages move"] = new(Nothing, async t =>
        {
            await t.Run((ManageLifecycleStagesHandler h) => h.Handle(new ManageLifecycleStages { ClientId = Steady, TargetStage = "at_risk", Reason = "Sponsor left" }, default));
            return [(LifecycleStageChanged, Steady)];
        }),
        ["manage_lifecycle_stages churn"] = new(Nothing, async t =>
        {
            await t.Churn();
            return [(ClientChurned, Steady)];
        }),
        ["calculate_health_score"] = new(Nothing, async t =>
        {
            await t.Run((CalculateHealthScoreHandler h) => h.Handle(new CalculateHealthScore { ClientId = Decliner }, default));
            return [];
        }),
        ["score_risk_factors"] = new(Nothing, async t =>
        {
            await t.Run((ScoreRiskFactorsHandler h) => h.Handle(new ScoreRiskFactors { ClientId = Decliner }, default));
            return [(RiskFactorsScored, Decliner)];
        }),
        ["identify_churn_risk first predictions"] = new(Nothing, async t =>
        {
            var result = await t.Run((IdentifyChurnRiskHandler h) => h.Handle(new IdentifyChurnRisk(), default));
            Assert.NotEmpty(result.AtRiskCustomers);
            return [.. result.AtRiskCustomers.Select(c => (ChurnRiskLevelChanged, c.ClientId))];
        }),
        ["identify_churn_risk unchanged levels"] = new(async t => await t.Run((IdentifyChurnRiskHandler h) => h.Handle(new IdentifyChurnRisk(), default)), async t =>
        {
            await t.Run((IdentifyChurnRiskHandler h) => h.Handle(new IdentifyChurnRisk(), default));
            return [];
        }),
        ["manage_escalations create"] = new(Nothing, async t =>
        {
            await t.Escalate();
            return [(EscalationCreated, Decliner)];
        }),
        ["manage_escalations update"] = new(t => t.Escalate(), async t =>
        {
            await t.Run((ManageEscalationsHandler h) => h.Handle(new ManageEscalations { Action = "update", EscalationId = t._escalationId, Severity = "critical" }, default));
            return [(EscalationUpdated, Decliner)];
        }),
        ["manage_escalations resolve"] = new(t => t.Escalate(), async t =>
        {
            await t.Run((ManageEscalationsHandler h) => h.Handle(new ManageEscalations { Action = "resolve", EscalationId = t._escalationId, ResolutionNotes = "Fixed" }, default));
            return [(EscalationResolved, Decliner)];
        }),
        ["manage_escalations close"] = new(t => t.Escalate(), async t =>
        {
            await t.Run((ManageEscalationsHandler h) => h.Handle(new ManageEscalations { Action = "close", EscalationId = t._escalationId }, default));
            return [(EscalationClosed, Decliner)];
        }),
        ["analyze_churn_postmortem with a reason"] = new(t => t.Churn(), async t =>
        {
            await t.Run((AnalyzeChurnPostmortemHandler h) => h.Handle(new AnalyzeChurnPostmortem { ClientId = Steady, ChurnReason = "cost" }, default));
            return [(ChurnReasonRecorded, Steady)];
        }),
        ["analyze_churn_postmortem read only"] = new(t => t.Churn(), async t =>
        {
            await t.Run((AnalyzeChurnPostmortemHandler h) => h.Handle(new AnalyzeChurnPostmortem { ClientId = Steady }, default));
            return [];
        }),
        ["execute_retention_campaign create"] = new(Nothing, async t =>
        {
            await t.Run((ExecuteRetentionCampaignHandler h) => h.Handle(new ExecuteRetentionCampaign { ClientIds = [Decliner, Mid], Owner = "Dana Lee" }, default));
            return [(CampaignEnrolled, Decliner), (CampaignEnrolled, Mid)];
        }),
        ["execute_retention_campaign update_enrolment"] = new(t => t.StartCampaign(), async t =>
        {
            await t.Run((ExecuteRetentionCampaignHandler h) => h.Handle(new ExecuteRetentionCampaign
            {
                Action = "update_enrolment", CampaignId = t._campaignId, ClientId = Mid, StepsCompleted = 1,
            }, default));
            return [(CampaignEnrolmentUpdated, Mid)];
        }),
        ["automate_retention_campaigns"] = new(t => t.SeedAutoCampaign(), async t =>
        {
            await t.Run((AutomateRetentionCampaignsHandler h) => h.Handle(new AutomateRetentionCampaigns { TriggerType = "usage_decline", CampaignId = AutoCampaign }, default));
            return [(CampaignEnrolled, Decliner)];
        }),
        ["collect_feedback"] = new(Nothing, async t =>
        {
            await t.Run((CollectFeedbackHandler h) => h.Handle(Feedback.CollectFeedbackTests.Sample(Mid), default));
            return [(FeedbackCollected, Mid)];
        }),
        ["share_product_insights"] = new(async t => await t.WithDb(db =>
        {
            db.FeedbackItems.Add(Feedback.FeedbackData.Item(Mid, Domain.Feedback.SentimentLabel.Negative, At(6, 1), id: "FB-9"));
            return db.SaveChangesAsync();
        }), async t =>
        {
            await t.WithDb(async db => await new ShareProductInsightsHandler(db, t.Clock, NSubstitute.Substitute.For<Common.Interfaces.IEmailSender>())
                .Handle(Feedback.ShareProductInsightsTests.Sample(["FB-9"], [Mid, Decliner]), default));
            return [(ProductInsightShared, Mid), (ProductInsightShared, Decliner)];
        }),
        ["manage_voice_of_customer close_feedback_loop"] = new(async t => await t.WithDb(db =>
        {
            db.FeedbackItems.Add(Feedback.FeedbackData.Item(Mid, Domain.Feedback.SentimentLabel.Negative, At(6, 1), id: "FB-9"));
            return db.SaveChangesAsync();
        }), async t =>
        {
            await t.Voc(new ManageVoiceOfCustomer { Action = "close_feedback_loop", FeedbackIds = ["FB-9"] });
            return [(FeedbackClosed, Mid)];
        }),
        ["manage_voice_of_customer update_customer_roadmap"] = new(async t => await t.WithDb(async db =>
        {
            db.FeedbackItems.Add(Feedback.FeedbackData.Item(Mid, Domain.Feedback.SentimentLabel.Negative, At(6, 1), id: "FB-9"));
            await db.SaveChangesAsync();
            return await new ShareProductInsightsHandler(db, t.Clock, NSubstitute.Substitute.For<Common.Interfaces.IEmailSender>())
                .Handle(Feedback.ShareProductInsightsTests.Sample(["FB-9"], [Mid, Decliner]), default);
        }), async t =>
        {
            var insightId = await t.WithDb(db => db.ProductInsights.Select(i => i.InsightId).SingleAsync());
            await t.Voc(new ManageVoiceOfCustomer { Action = "update_customer_roadmap", InsightId = insightId, RoadmapStatus = "planned" });
            return [(RoadmapUpdated, Mid), (RoadmapUpdated, Decliner)];
        }),
        ["manage_voice_of_customer create_voc_report"] = new(Nothing, async t =>
        {
            await t.Voc(new ManageVoiceOfCustomer { Action = "create_voc_report" });
            return [];
        }),
        ["collect_feedback replayed"] = new(t => t.Run((CollectFeedbackHandler h) => h.Handle(Feedback.CollectFeedbackTests.Sample(Mid) with { IdempotencyKey = "k" }, default)), async t =>
        {
            await t.Run((CollectFeedbackHandler h) => h.Handle(Feedback.CollectFeedbackTests.Sample(Mid) with { IdempotencyKey = "k" }, default));
            return [];
        }),
        ["trigger_worker_now new alert"] = new(Nothing, async t =>
        {
            await t.Run((TriggerWorkerNowHandler h) => h.Handle(new TriggerWorkerNow { WorkerName = "churn_risk_monitor" }, default));
            return [(WorkerAlertRaised, Decliner)];
        }),
        ["trigger_worker_now alert still open"] = new(t => t.Run((TriggerWorkerNowHandler h) => h.Handle(new TriggerWorkerNow { WorkerName = "churn_risk_monitor" }, default)), async t =>
        {
            await t.Run((TriggerWorkerNowHandler h) => h.Handle(new TriggerWorkerNow { WorkerName = "churn_risk_monitor" }, default));
            return [];
        }),
        ["configure_autonomous_worker"] = new(Nothing, async t =>
        {
            await t.Run((ConfigureAutonomousWorkerHandler h) => h.Handle(new ConfigureAutonomousWorker { WorkerName = "churn_risk_monitor", Enabled = false }, default));
            return [];
        }),
    };

    private string? _escalationId;
    private string? _campaignId;

    public static TheoryData<string, string> All()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in Cases.Keys)
        {
            foreach (var provider in new[] { Providers.Sqlite, Providers.Postgres })
                data.Add(name, provider);
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(All))]
    public async Task A_write_tool_appends_exactly_its_timeline_entries(string tool, string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await SeedAsync(db);
            return 0;
        });
        var write = Cases[tool];
        await write.Arrange(this);
        var before = await WithDb(db => db.ClientEvents.MaxAsync(e => (long?)e.Id)) ?? 0;

        var expected = await write.Act(this);

        var written = await WithDb(db => db.ClientEvents.AsNoTracking().Where(e => e.Id > before).ToListAsync());
        Assert.Equal(expected.Order(), written.Select(e => (ClientTimeline.KindOf(e)!.Value, e.ClientId)).Order());
    }

    private static Task Nothing(WriteToolTimelineTests t) => Task.CompletedTask;

    private Task<ManageVoiceOfCustomerResult> Voc(ManageVoiceOfCustomer command) =>
        WithDb(async db => await new ManageVoiceOfCustomerHandler(db, Clock, NSubstitute.Substitute.For<Common.Interfaces.IEmailSender>()).Handle(command, default));

    private Task<T> Run<THandler, T>(Func<THandler, ValueTask<T>> call) where THandler : notnull => WithDb(async db => await call(Create<THandler>(db)));

    private Task<ManageLifecycleStagesResult> Churn() =>
        Run((ManageLifecycleStagesHandler h) => h.Handle(new ManageLifecycleStages { ClientId = Steady, TargetStage = "churned", Reason = "Lost to a competitor" }, default));

    private async Task Escalate() =>
        _escalationId = (await Run((ManageEscalationsHandler h) => h.Handle(new ManageEscalations { Action = "create", ClientId = Decliner, Reason = "Outage" }, default)))
            .Escalation!.EscalationId;

    private async Task StartCampaign() =>
        _campaignId = (await Run((ExecuteRetentionCampaignHandler h) => h.Handle(new ExecuteRetentionCampaign { ClientIds = [Mid], Owner = "Dana Lee" }, default)))
            .Campaign.CampaignId;

    private Task<int> SeedAutoCampaign() => WithDb(db =>
    {
        db.RetentionCampaigns.Add(new RetentionCampaign
        {
            CampaignId = AutoCampaign, Name = "Auto", Owner = "Dana Lee", IdempotencyKey = AutoCampaign, Selection = "automation rules",
            CreatedAt = At(6, 1), UpdatedAt = At(6, 1),
            Steps = [new PlaybookStep { Sequence = 1, StepType = PlaybookStepType.Outreach, Owner = "Dana Lee", DueAfterDays = 2 }],
        });
        return db.SaveChangesAsync();
    });
}
