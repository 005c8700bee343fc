namespace CsMcp.Domain.Retention;

public enum SlaState
{
    /// <summary>Open, with more than 20 % of the SLA left.</summary>
    OnTrack,

    /// <summary>Open, with 20 % of the SLA or less left.</summary>
    AtRisk,

    /// <summary>Open past the due time, or resolved after it.</summary>
    Breached,

    /// <summary>Resolved within the SLA.</summary>
    Met,
}
