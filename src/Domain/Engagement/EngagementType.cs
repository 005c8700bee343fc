namespace CsMcp.Domain.Engagement;

public enum EngagementType
{
    /// <summary>A named contact (admin, champion, sponsor) logged in.</summary>
    Login,
    Meeting,
    Call,
    Email,

    /// <summary>Responded to an in-app guide, message or announcement.</summary>
    InApp,
    Training,
}
