namespace CsMcp.Application.Features.Retention.ExecuteRetentionCampaign;

public enum CampaignAction
{
    Create,
    Status,
    UpdateEnrolment,
}
