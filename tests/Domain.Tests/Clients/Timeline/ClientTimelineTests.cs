using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using CsMcp.Domain.Health;
using CsMcp.Domain.Lifecycle;
using CsMcp.Domain.Retention;
using static CsMcp.Domain.Tests.Clients.Timeline.TimelineSamples;

namespace CsMcp.Domain.Tests.Clients.Timeline;

public class ClientTimelineTests
{
    public static TheoryData<TimelineEventKind> Kinds() => [.. Enum.GetValues<TimelineEventKind>()];

    [Fact]
    public void Every_kind_has_its_own_category()
    {
        var categories = Enum.GetValues<TimelineEventKind>().Select(k => ClientTimeline.Spec(k).Category).ToList();

        Assert.Equal(categories.Count, categories.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_writes_its_spec_category_type_and_exact_metadata_keys(TimelineEventKind kind)
    {
        var entry = All().Single(s => s.Kind == kind).Entry;
        var spec = ClientTimeline.Spec(kind);

        Assert.Equal((spec.Category, spec.EventType, ClientId), (entry.Category, entry.EventType, entry.ClientId));
        Assert.Equal(kind, ClientTimeline.KindOf(entry));
        var fixedKeys = entry.Metadata.Keys.Where(k => !IsChangeKey(spec, k)).ToHashSet();
        Assert.Equal(spec.MetadataKeys.ToHashSet(), fixedKeys);
        Assert.All(entry.Metadata.Keys.Where(k => k.StartsWith(TimelineChange.NewPrefix, StringComparison.Ordinal)),
            k => Assert.Contains(TimelineChange.PreviousPrefix + k[TimelineChange.NewPrefix.Length..], entry.Metadata.Keys));
    }

    [Fact]
    public void A_category_no_kind_writes_has_no_kind() =>
        Assert.Null(ClientTimeline.KindOf(new ClientEvent { ClientId = ClientId, Category = "imported_note", Title = "t", Description = "d" }));

    [Fact]
    public void Registration_states_tier_contract_and_dates()
    {
        var entry = All().Single(s => s.Kind == TimelineEventKind.ClientRegistered).Entry;

        Assert.Equal(("Client registered", "Acme registered on the enterprise tier with a contract of $120,000.00 from 2026-06-15 to 2027-06-15.", EventImpact.Positive, EventSeverity.High, At),
            (entry.Title, entry.Description, entry.Impact, entry.Severity, entry.OccurredAt));
        Assert.Equal(new Dictionary<string, string>
        {
            ["tier"] = "enterprise", ["contract_value"] = "120000", ["contract_start_date"] = "2026-06-15", ["contract_end_date"] = "2027-06-15",
        }, entry.Metadata);
    }

    [Fact]
    public void An_update_is_a_contract_update_when_a_contract_field_changed_and_stores_none_as_empty()
    {
        var profile = ClientTimeline.Updated(ClientId, ProfileChange, At);
        var contract = ClientTimeline.Updated(ClientId, [.. ProfileChange, .. ContractChange], At);

        Assert.Equal(("Client profile updated", "Changed csm_assigned from (empty) to Dana Lee.", EventSeverity.Low), (profile.Title, profile.Description, profile.Severity));
        Assert.Equal(new Dictionary<string, string> { ["previous.csm_assigned"] = string.Empty, ["new.csm_assigned"] = "Dana Lee" }, profile.Metadata);
        Assert.Equal(("Contract details updated", TimelineEventType.Contract, EventSeverity.Medium), (contract.Title, contract.EventType, contract.Severity));
    }

    [Theory]
    [InlineData(LifecycleStage.Active, LifecycleStage.AtRisk, TimelineEventKind.LifecycleStageChanged, EventImpact.Negative, EventSeverity.High)]
    [InlineData(LifecycleStage.Onboarding, LifecycleStage.Active, TimelineEventKind.LifecycleStageChanged, EventImpact.Positive, EventSeverity.Low)]
    [InlineData(LifecycleStage.Active, LifecycleStage.Renewal, TimelineEventKind.LifecycleStageChanged, EventImpact.Neutral, EventSeverity.Low)]
    [InlineData(LifecycleStage.AtRisk, LifecycleStage.Churned, TimelineEventKind.ClientChurned, EventImpact.Negative, EventSeverity.High)]
    [InlineData(LifecycleStage.Churned, LifecycleStage.Onboarding, TimelineEventKind.ClientReactivated, EventImpact.Neutral, EventSeverity.Low)]
    public void A_stage_move_takes_its_kind_impact_and_severity_from_the_stages(LifecycleStage from, LifecycleStage to, TimelineEventKind kind, EventImpact impact, EventSeverity severity)
    {
        var entry = ClientTimeline.StageChanged(ClientId, from, to, "why", "Dana Lee", At);

        Assert.Equal((kind, impact, severity), (ClientTimeline.KindOf(entry), entry.Impact, entry.Severity));
    }

    [Fact]
    public void A_first_stage_is_entered_and_an_unchanged_status_is_not_recorded()
    {
        var entry = ClientTimeline.StageChanged(ClientId, null, LifecycleStage.Onboarding, "Client registered", "system", At, (AccountStatus.Active, AccountStatus.Active));

        Assert.Equal(("Lifecycle stage changed to onboarding", "Entered the onboarding stage: Client registered."), (entry.Title, entry.Description));
        Assert.Equal(new Dictionary<string, string> { ["previous_stage"] = string.Empty, ["new_stage"] = "onboarding", ["reason"] = "Client registered", ["changed_by"] = "system" },
            entry.Metadata);
    }

    [Fact]
    public void A_churn_records_the_status_change()
    {
        var entry = All().Single(s => s.Kind == TimelineEventKind.ClientChurned).Entry;

        Assert.Equal(("Client churned", "active", "churned"), (entry.Title, entry.Metadata["previous.status"], entry.Metadata["new.status"]));
    }

    [Theory]
    [InlineData(RiskLevel.High, RiskLevel.Medium, EventImpact.Negative, EventSeverity.High)]
    [InlineData(RiskLevel.Medium, RiskLevel.High, EventImpact.Positive, EventSeverity.Medium)]
    [InlineData(RiskLevel.Medium, null, EventImpact.Negative, EventSeverity.Medium)]
    public void A_churn_risk_level_change_is_positive_only_when_the_level_fell(RiskLevel level, RiskLevel? before, EventImpact impact, EventSeverity severity)
    {
        var entry = ClientTimeline.ChurnRiskLevelChanged(Prediction(level), before, At);

        Assert.Equal((impact, severity), (entry.Impact, entry.Severity));
    }

    [Theory]
    [InlineData(RoadmapStatus.Shipped, null, EventImpact.Positive, "PI-7 moved from not on the roadmap to shipped.")]
    [InlineData(RoadmapStatus.Declined, RoadmapStatus.UnderReview, EventImpact.Negative, "PI-7 moved from under_review to declined.")]
    [InlineData(RoadmapStatus.InProgress, RoadmapStatus.Planned, EventImpact.Neutral, "PI-7 moved from planned to in_progress.")]
    public void A_roadmap_update_is_positive_when_shipped_and_negative_when_declined(RoadmapStatus status, RoadmapStatus? before, EventImpact impact, string description)
    {
        var insight = new ProductInsight
        {
            InsightId = "PI-7", Title = "Bulk edit", Description = "d", CustomerImpact = "c", BusinessImpact = "b", RecommendedAction = "r",
            DeliveryStatus = "sent", RoadmapStatus = status,
        };

        var entry = ClientTimeline.RoadmapUpdated(insight, ClientId, before, At);

        Assert.Equal((TimelineEventKind.RoadmapUpdated, impact, EventSeverity.Low, description), (ClientTimeline.KindOf(entry), entry.Impact, entry.Severity, entry.Description));
        Assert.Equal(before is null ? string.Empty : EnumCodes<RoadmapStatus>.ToCode(before.Value), entry.Metadata["previous_roadmap_status"]);
    }

    [Fact]
    public void Risk_factors_without_data_are_written_as_no_data()
    {
        var entry = ClientTimeline.RiskFactorsScored(ClientId, Scored(null, null), At);

        Assert.Equal("Risk factors scored: no data", entry.Title);
        Assert.Contains("payment_health no data", entry.Description, StringComparison.Ordinal);
        Assert.Equal(string.Empty, entry.Metadata["payment_health"]);
        Assert.Equal((EventImpact.Neutral, EventSeverity.Low), (entry.Impact, entry.Severity));
    }

    [Theory]
    [InlineData(EscalationSeverity.Critical, "Critical escalation opened", EventSeverity.High)]
    [InlineData(EscalationSeverity.Medium, "Medium-severity escalation opened", EventSeverity.Medium)]
    public void An_escalation_takes_its_title_and_severity_from_the_escalation(EscalationSeverity severity, string title, EventSeverity expected)
    {
        var entry = ClientTimeline.EscalationCreated(Escalation(severity), At);

        Assert.Equal((title, expected, EventImpact.Negative), (entry.Title, entry.Severity, entry.Impact));
        Assert.Equal("esc_1", entry.Metadata["escalation_id"]);
    }

    [Theory]
    [InlineData(EnrolmentOutcome.Retained, EventImpact.Positive)]
    [InlineData(EnrolmentOutcome.Churned, EventImpact.Negative)]
    [InlineData(EnrolmentOutcome.Pending, EventImpact.Neutral)]
    public void An_enrolment_update_takes_its_impact_from_the_outcome(EnrolmentOutcome outcome, EventImpact impact)
    {
        var entry = ClientTimeline.CampaignEnrolmentUpdated(Campaign(), Enrolment(outcome), [new("outcome", "pending", "x")], At);

        Assert.Equal((impact, "rc_1: outcome from pending to x."), (entry.Impact, entry.Description));
    }

    [Fact]
    public void Renewal_and_expansion_state_the_value_change()
    {
        var renewed = All().Single(s => s.Kind == TimelineEventKind.ContractRenewed).Entry;
        var expanded = All().Single(s => s.Kind == TimelineEventKind.ContractExpanded).Entry;

        Assert.Equal("Renewed CNT-1 as CNT-2 from 2026-01-01 to 2026-12-31 at $1,100 ARR (+10%).", renewed.Description);
        Assert.Equal("Signed CNT-2 early with 50 seats on the standard tier at $1,500 ARR (+50% against CNT-1).", expanded.Description);
    }

    private static bool IsChangeKey(TimelineEventSpec spec, string key) =>
        spec.CarriesChanges && !spec.MetadataKeys.Contains(key)
        && (key.StartsWith(TimelineChange.PreviousPrefix, StringComparison.Ordinal) || key.StartsWith(TimelineChange.NewPrefix, StringComparison.Ordinal));
}
