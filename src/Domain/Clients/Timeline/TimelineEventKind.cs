namespace CsMcp.Domain.Clients.Timeline;

/// <summary>What happened to a client, one member per kind of timeline entry. Each kind has exactly one stored category.</summary>
public enum TimelineEventKind
{
    ClientRegistered,
    ClientProfileUpdated,
    ContractDetailsUpdated,
    LifecycleStageChanged,
    ClientReactivated,
    ClientChurned,
    ChurnReasonRecorded,
    RiskFactorsScored,
    ChurnRiskLevelChanged,
    EscalationCreated,
    EscalationUpdated,
    EscalationResolved,
    EscalationClosed,
    CampaignEnrolled,
    CampaignEnrolmentUpdated,
    TicketEscalated,
    ContractRenewed,
    ContractExpanded,
    PaymentOverdue,
    FeedbackCollected,
    FeedbackClosed,
    ProductInsightShared,
    RoadmapUpdated,
    WorkerAlertRaised,
}
