using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Health;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Support;
using CsMcp.Domain.Workers;

namespace CsMcp.Domain.Tests.Clients.Timeline;

/// <summary>One entry of every kind, built through the factory from small fixed facts.</summary>
internal static class TimelineSamples
{
    public const string ClientId = "cs_1_acme";
    public static readonly DateTime At = new(2026, 6, 15, 12, 0, 0, DateTimeKind.Utc);

    public static readonly TimelineChange[] ContractChange = [new("contract_value", "1000", "2000")];
    public static readonly TimelineChange[] ProfileChange = [new("csm_assigned", null, "Dana Lee")];

    public static FeedbackItem Feedback() => new()
    {
        FeedbackId = "FB-1", ClientId = ClientId, Source = "email", SubmitterName = "Pat", SubmitterEmail = "pat@acme.example", Title = "Slow",
        Content = "Slow exports", Category = "product", Emotion = "neutral", Owner = "cs-team@company.com", Sentiment = SentimentLabel.Negative,
        SentimentScore = -0.5m, SubmittedAt = At,
    };

    public static Escalation Escalation(EscalationSeverity severity = EscalationSeverity.High) => new()
    {
        EscalationId = "esc_1", ClientId = ClientId, Severity = severity, Owner = "Dana Lee", Reason = "Outage", SlaHours = 24,
        CreatedAt = At.AddHours(-2), ResolutionNotes = "Fixed",
    };

    public static RetentionCampaign Campaign() => new()
    {
        CampaignId = "rc_1", Name = "Save Acme", Owner = "Dana Lee", IdempotencyKey = "k", Selection = "ids",
        CampaignType = CampaignType.ProactiveOutreach, InterventionLevel = InterventionLevel.Standard,
    };

    public static CampaignEnrolment Enrolment(EnrolmentOutcome outcome = EnrolmentOutcome.Pending) =>
        new() { ClientId = ClientId, Reason = "chosen by id", EnrolledAt = At, Outcome = outcome };

    public static ChurnPrediction Prediction(RiskLevel level) =>
        new() { ClientId = ClientId, Probability = 0.625m, RiskLevel = level, ModelVersion = "v1", Signals = ["usage_decline"] };

    public static RiskFactorResult Scored(decimal? overall, RiskLevel? level) => new(
        Enum.GetValues<RiskFactor>().Select(f => new FactorScore(f, f == RiskFactor.PaymentHealth ? null : 40m, 0.2m, "d")).ToList(),
        overall, level, null, [], []);

    public static Contract Contract(string id, decimal value) =>
        new() { ContractId = id, ClientId = ClientId, ContractValue = value, StartDate = new(2026, 1, 1), EndDate = new(2026, 12, 31), IncludedUsers = 50, CreatedAt = At };

    public static IEnumerable<(TimelineEventKind Kind, ClientEvent Entry)> All()
    {
        yield return (TimelineEventKind.ClientRegistered, ClientTimeline.Registered(ClientId, "Acme", ClientTier.Enterprise, 120000m, new(2026, 6, 15), new(2027, 6, 15), At));
        yield return (TimelineEventKind.ClientProfileUpdated, ClientTimeline.Updated(ClientId, ProfileChange, At));
        yield return (TimelineEventKind.ContractDetailsUpdated, ClientTimeline.Updated(ClientId, ContractChange, At));
        yield return (TimelineEventKind.LifecycleStageChanged, ClientTimeline.StageChanged(ClientId, LifecycleStage.Active, LifecycleStage.AtRisk, "Late", "Dana Lee", At));
        yield return (TimelineEventKind.ClientReactivated, ClientTimeline.StageChanged(ClientId, LifecycleStage.Churned, LifecycleStage.Onboarding, "Back", "Dana Lee", At,
            (AccountStatus.Churned, AccountStatus.Active)));
        yield return (TimelineEventKind.ClientChurned, ClientTimeline.StageChanged(ClientId, LifecycleStage.AtRisk, LifecycleStage.Churned, "Gone", "Dana Lee", At,
            (AccountStatus.Active, AccountStatus.Churned)));
        yield return (TimelineEventKind.ChurnReasonRecorded, ClientTimeline.ChurnReasonRecorded(ClientId, new(2026, 6, 1), ChurnReason.Cost, null, null, 5000m, At));
        yield return (TimelineEventKind.RiskFactorsScored, ClientTimeline.RiskFactorsScored(ClientId, Scored(40m, RiskLevel.Medium), At));
        yield return (TimelineEventKind.ChurnRiskLevelChanged, ClientTimeline.ChurnRiskLevelChanged(Prediction(RiskLevel.High), RiskLevel.Medium, At));
        yield return (TimelineEventKind.EscalationCreated, ClientTimeline.EscalationCreated(Escalation(), At));
        yield return (TimelineEventKind.EscalationUpdated, ClientTimeline.EscalationUpdated(Escalation(), [new("owner", "Dana Lee", "Sam Roe")], At));
        yield return (TimelineEventKind.EscalationResolved, ClientTimeline.EscalationResolved(Escalation(), EscalationSla.Evaluate(At.AddHours(-2), 24, At, At), At));
        yield return (TimelineEventKind.EscalationClosed, ClientTimeline.EscalationClosed(Escalation(), [new("status", "resolved", "closed")], At));
        yield return (TimelineEventKind.CampaignEnrolled, ClientTimeline.CampaignEnrolled(Campaign(), Enrolment()));
        yield return (TimelineEventKind.CampaignEnrolmentUpdated, ClientTimeline.CampaignEnrolmentUpdated(Campaign(), Enrolment(), [new("steps_completed", "0", "1")], At));
        yield return (TimelineEventKind.TicketEscalated, ClientTimeline.TicketEscalated(new SupportTicket
        {
            TicketId = "TKT-1", ClientId = ClientId, Subject = "Down", Description = "d", RequesterEmail = "a@b.c", RequesterName = "A",
            Priority = TicketPriority.P0, AssignedTeam = "platform team", EscalationReason = "Service unavailable",
        }, At));
        yield return (TimelineEventKind.ContractRenewed, ClientTimeline.ContractRenewed(Contract("CNT-1", 1000m), Contract("CNT-2", 1100m)));
        yield return (TimelineEventKind.ContractExpanded, ClientTimeline.ContractExpanded(Contract("CNT-1", 1000m), Contract("CNT-2", 1500m), early: true));
        yield return (TimelineEventKind.PaymentOverdue, ClientTimeline.PaymentOverdue(new Invoice
        {
            InvoiceId = "INV-1", ClientId = ClientId, ContractId = "CNT-1", Amount = 250.5m, DueOn = new(2026, 5, 1),
        }, At));
        yield return (TimelineEventKind.FeedbackCollected, ClientTimeline.FeedbackCollected(Feedback()));
        yield return (TimelineEventKind.FeedbackClosed, ClientTimeline.FeedbackClosed(Feedback(), submitterNotified: false, At));
        yield return (TimelineEventKind.ProductInsightShared, ClientTimeline.ProductInsightShared(new ProductInsight
        {
            InsightId = "PI-1", Title = "Exports", Description = "d", CustomerImpact = "c", BusinessImpact = "b", RecommendedAction = "r",
            DeliveryStatus = "sent", FeedbackIds = ["FB-1"], AffectedClientIds = [ClientId], BusinessValueScore = 4.5m, CreatedAt = At,
        }, ClientId));
        yield return (TimelineEventKind.RoadmapUpdated, ClientTimeline.RoadmapUpdated(new ProductInsight
        {
            InsightId = "PI-1", Title = "Exports", Description = "d", CustomerImpact = "c", BusinessImpact = "b", RecommendedAction = "r",
            DeliveryStatus = "sent", RoadmapStatus = RoadmapStatus.Planned, CreatedAt = At,
        }, ClientId, RoadmapStatus.UnderReview, At));
        yield return (TimelineEventKind.WorkerAlertRaised, ClientTimeline.WorkerAlertRaised(new WorkerAlert
        {
            Worker = WorkerName.ChurnRiskMonitor, Subject = ClientId, ClientId = ClientId, Condition = "critical_health", Severity = AlertSeverity.Critical,
            Message = "Health 35 is below 40.", RaisedAt = At, LastSeenAt = At,
        }));
    }
}
