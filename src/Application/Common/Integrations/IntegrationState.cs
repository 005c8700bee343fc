namespace CsMcp.Application.Common.Integrations;

/// <summary>The state of an integration's circuit breaker.</summary>
public enum CircuitState
{
    /// <summary>Calls flow normally.</summary>
    Closed,

    /// <summary>Calls are rejected without being sent after repeated failures.</summary>
    Open,

    /// <summary>A trial call decides whether to close the circuit again.</summary>
    HalfOpen,

    /// <summary>Held open manually.</summary>
    Isolated,
}

/// <summary>What /health reports per integration: configured or not (and what is missing), and the circuit state.</summary>
public sealed record IntegrationState(string Integration, bool Configured, string Detail, CircuitState Circuit);
