using System.Collections.Frozen;
using System.Globalization;
using CsMcp.Domain.Common;

namespace CsMcp.Domain.Clients.Timeline;

/// <summary>
/// The only place timeline entries are built. Each method is one <see cref="TimelineEventKind"/>: the caller passes the
/// facts, the kind's <see cref="TimelineEventSpec"/> fixes category, event type, default impact and severity and the
/// metadata keys, and the title and description are written here.
/// </summary>
public static partial class ClientTimeline
{
    private static readonly string[] StageKeys = ["previous_stage", "new_stage", "reason", "changed_by"];
    private static readonly string[] EscalationKeys = ["escalation_id", "severity", "status"];
    private static readonly string[] RenewalKeys = ["previous_contract_id", "contract_id", "previous_contract_value", "contract_value", "included_users"];

    private static readonly FrozenDictionary<TimelineEventKind, TimelineEventSpec> Specs = new TimelineEventSpec[]
    {
        new(TimelineEventKind.ClientRegistered, "registration", TimelineEventType.Contract, EventImpact.Positive, EventSeverity.High,
            ["tier", "contract_value", "contract_start_date", "contract_end_date"]),
        new(TimelineEventKind.ClientProfileUpdated, "profile_update", TimelineEventType.Account, EventImpact.Neutral, EventSeverity.Low, [], CarriesChanges: true),
        new(TimelineEventKind.ContractDetailsUpdated, "contract_update", TimelineEventType.Contract, EventImpact.Neutral, EventSeverity.Medium, [], CarriesChanges: true),
        new(TimelineEventKind.LifecycleStageChanged, "stage_change", TimelineEventType.Lifecycle, EventImpact.Neutral, EventSeverity.Low, StageKeys, CarriesChanges: true),
        new(TimelineEventKind.ClientReactivated, "reactivation", TimelineEventType.Lifecycle, EventImpact.Neutral, EventSeverity.Low, StageKeys, CarriesChanges: true),
        new(TimelineEventKind.ClientChurned, "churn", TimelineEventType.Lifecycle, EventImpact.Negative, EventSeverity.High, StageKeys, CarriesChanges: true),
        new(TimelineEventKind.ChurnReasonRecorded, "churn_reason", TimelineEventType.Lifecycle, EventImpact.Negative, EventSeverity.Medium,
            ["churn_reason", "previous.churn_reason", "churned_on", "lost_arr"]),
        new(TimelineEventKind.RiskFactorsScored, "risk_factors_scored", TimelineEventType.Health, EventImpact.Neutral, EventSeverity.Low, EnumCodes<Retention.RiskFactor>.All),
        new(TimelineEventKind.ChurnRiskLevelChanged, "churn_risk", TimelineEventType.Health, EventImpact.Negative, EventSeverity.Medium,
            ["churn_probability", "risk_level", "previous_risk_level", "model_version"]),
        new(TimelineEventKind.EscalationCreated, "escalation_created", TimelineEventType.Support, EventImpact.Negative, EventSeverity.Medium,
            ["sla_hours", "owner", "reason", .. EscalationKeys]),
        new(TimelineEventKind.EscalationUpdated, "escalation_updated", TimelineEventType.Support, EventImpact.Neutral, EventSeverity.Medium, EscalationKeys, CarriesChanges: true),
        new(TimelineEventKind.EscalationResolved, "escalation_resolved", TimelineEventType.Support, EventImpact.Positive, EventSeverity.Medium,
            ["sla_status", "elapsed_hours", "resolution_notes", .. EscalationKeys]),
        new(TimelineEventKind.EscalationClosed, "escalation_closed", TimelineEventType.Support, EventImpact.Neutral, EventSeverity.Medium, EscalationKeys, CarriesChanges: true),
        new(TimelineEventKind.CampaignEnrolled, "retention_campaign_enrolled", TimelineEventType.Communication, EventImpact.Neutral, EventSeverity.Medium,
            ["campaign_id", "rule_id", "reason"]),
        new(TimelineEventKind.CampaignEnrolmentUpdated, "retention_campaign_progress", TimelineEventType.Communication, EventImpact.Neutral, EventSeverity.Medium,
            ["campaign_id"], CarriesChanges: true),
        new(TimelineEventKind.TicketEscalated, "escalation", TimelineEventType.Support, EventImpact.Negative, EventSeverity.Medium, ["ticket_id", "priority"]),
        new(TimelineEventKind.ContractRenewed, "renewal", TimelineEventType.Renewal, EventImpact.Positive, EventSeverity.Medium, RenewalKeys),
        new(TimelineEventKind.ContractExpanded, "expansion", TimelineEventType.Renewal, EventImpact.Positive, EventSeverity.High, RenewalKeys),
        new(TimelineEventKind.PaymentOverdue, "payment_overdue", TimelineEventType.Contract, EventImpact.Negative, EventSeverity.Medium, ["invoice_id", "contract_id", "amount", "due_on"]),
        new(TimelineEventKind.FeedbackCollected, "feedback_collected", TimelineEventType.Communication, EventImpact.Neutral, EventSeverity.Low,
            ["feedback_id", "feedback_type", "priority", "sentiment", "owner"]),
        new(TimelineEventKind.FeedbackClosed, "feedback_closed", TimelineEventType.Communication, EventImpact.Positive, EventSeverity.Low,
            ["feedback_id", "closure_notes", "submitter_notified"]),
        new(TimelineEventKind.ProductInsightShared, "product_insight_shared", TimelineEventType.Product, EventImpact.Neutral, EventSeverity.Medium,
            ["insight_id", "insight_type", "priority", "business_value_score", "feedback_ids"]),
        new(TimelineEventKind.RoadmapUpdated, "roadmap_updated", TimelineEventType.Product, EventImpact.Neutral, EventSeverity.Low,
            ["insight_id", "roadmap_status", "previous_roadmap_status"]),
        new(TimelineEventKind.WorkerAlertRaised, "worker_alert", TimelineEventType.Health, EventImpact.Negative, EventSeverity.Medium,
            ["worker", "condition", "subject", "severity"]),
    }.ToFrozenDictionary(s => s.Kind);

    private static readonly FrozenDictionary<string, TimelineEventKind> KindByCategory =
        Specs.Values.ToFrozenDictionary(s => s.Category, s => s.Kind, StringComparer.Ordinal);

    public static TimelineEventSpec Spec(TimelineEventKind kind) => Specs[kind];

    /// <summary>The kind of a stored entry, from its category; null for a category no kind writes.</summary>
    public static TimelineEventKind? KindOf(ClientEvent entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return KindByCategory.TryGetValue(entry.Category, out var kind) ? kind : null;
    }

    private static ClientEvent Create(TimelineEventKind kind, string clientId, DateTime at, string title, string description,
        Dictionary<string, string> metadata, EventImpact? impact = null, EventSeverity? severity = null)
    {
        var spec = Specs[kind];
        return new ClientEvent
        {
            ClientId = clientId,
            EventType = spec.EventType,
            Category = spec.Category,
            Title = title,
            Description = description,
            Impact = impact ?? spec.Impact,
            Severity = severity ?? spec.Severity,
            OccurredAt = at,
            Metadata = metadata,
        };
    }

    /// <summary>Adds a previous/new pair per change; null values are stored as "" (none).</summary>
    private static Dictionary<string, string> WithChanges(this Dictionary<string, string> metadata, IEnumerable<TimelineChange> changes)
    {
        foreach (var change in changes)
        {
            metadata[TimelineChange.PreviousPrefix + change.Field] = change.PreviousValue ?? string.Empty;
            metadata[TimelineChange.NewPrefix + change.Field] = change.NewValue ?? string.Empty;
        }

        return metadata;
    }

    private static string Describe(IEnumerable<TimelineChange> changes) => string.Join("; ", changes.Select(c => c.Describe()));

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
