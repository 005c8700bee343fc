namespace CsMcp.Domain.Retention;

public enum CampaignStatus
{
    Active,
    Completed,
    Cancelled,
}
