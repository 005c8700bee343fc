namespace CsMcp.Domain.Engagement;

/// <summary>Who started the touchpoint: the client (inbound) or the vendor's team (outbound).</summary>
public enum EngagementDirection
{
    Inbound,
    Outbound,
}
