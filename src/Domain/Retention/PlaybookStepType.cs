namespace CsMcp.Domain.Retention;

public enum PlaybookStepType
{
    Outreach,
    ExecutiveSponsorCall,
    Training,
    Offer,
}
