namespace CsMcp.Domain.Retention;

public enum CampaignType
{
    ProactiveOutreach,
    ValueReinforcement,
    SuccessPlanning,
    ExecutiveEngagement,
    WinBack,
}
