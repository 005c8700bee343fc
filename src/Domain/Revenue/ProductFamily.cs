namespace CsMcp.Domain.Revenue;

/// <summary>What a catalogue product belongs to; cross-sell looks for families a client does not buy yet.</summary>
public enum ProductFamily
{
    Platform,
    Analytics,
    Integrations,
    Services,
}
