using CsMcp.Domain.Retention;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Domain.Clients.Timeline;

public static partial class ClientTimeline
{
    public static ClientEvent CampaignEnrolled(RetentionCampaign campaign, CampaignEnrolment enrolment)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(enrolment);
        return Create(TimelineEventKind.CampaignEnrolled, enrolment.ClientId, enrolment.EnrolledAt, $"Enrolled in retention campaign {campaign.Name}",
            $"Enrolled in {campaign.CampaignId} ({Code(campaign.CampaignType)}, {Code(campaign.InterventionLevel)}): {enrolment.Reason}",
            new()
            {
                ["campaign_id"] = campaign.CampaignId,
                ["rule_id"] = enrolment.RuleId ?? string.Empty,
                ["reason"] = enrolment.Reason,
            });
    }

    /// <summary>A change of an enrolment's status, steps or outcome; a retained or churned outcome sets the impact.</summary>
    public static ClientEvent CampaignEnrolmentUpdated(RetentionCampaign campaign, CampaignEnrolment enrolment, IReadOnlyList<TimelineChange> changes, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(enrolment);
        return Create(TimelineEventKind.CampaignEnrolmentUpdated, enrolment.ClientId, at, $"Retention campaign {campaign.Name} updated",
            $"{campaign.CampaignId}: {Describe(changes)}.",
            new Dictionary<string, string> { ["campaign_id"] = campaign.CampaignId }.WithChanges(changes),
            enrolment.Outcome switch { EnrolmentOutcome.Retained => EventImpact.Positive, EnrolmentOutcome.Churned => EventImpact.Negative, _ => null });
    }
}
