namespace CsMcp.Domain.Revenue;

/// <summary>Sales stage of an expansion opportunity; the two closed stages end it.</summary>
public enum OpportunityStage
{
    Identified,
    Qualified,
    Proposal,
    Negotiation,
    ClosedWon,
    ClosedLost,
}
