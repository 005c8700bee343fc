namespace CsMcp.Domain.Feedback;

/// <summary>Who a voice-of-customer report or summary is for; it sets the recipients and the headline figures.</summary>
public enum VocAudience
{
    Executive,
    Product,
    CsTeam,
    All,
}
