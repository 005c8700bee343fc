namespace CsMcp.Domain.Retention;

/// <summary>
/// The standing campaign an automation rule enrols into when no campaign_id is given: a proactive-outreach campaign with the
/// default playbook of the template's intervention level.
/// </summary>
public enum CampaignTemplate
{
    LightIntervention,
    StandardIntervention,
    AggressiveIntervention,
}

public static class CampaignTemplates
{
    public static InterventionLevel Level(CampaignTemplate template) => template switch
    {
        CampaignTemplate.LightIntervention => InterventionLevel.Light,
        CampaignTemplate.AggressiveIntervention => InterventionLevel.Aggressive,
        _ => InterventionLevel.Standard,
    };
}
