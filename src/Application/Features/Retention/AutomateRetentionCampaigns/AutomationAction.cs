namespace CsMcp.Application.Features.Retention.AutomateRetentionCampaigns;

public enum AutomationAction
{
    Create,
    Run,
    List,
    Activate,
    Deactivate,
}
