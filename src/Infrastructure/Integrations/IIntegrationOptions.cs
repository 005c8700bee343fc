namespace CsMcp.Infrastructure.Integrations;

/// <summary>What every integration's options can say about themselves, without ever exposing a secret.</summary>
public interface IIntegrationOptions
{
    string Integration { get; }

    /// <summary>At least one of the integration's variables is set.</summary>
    bool IsPresent { get; }

    /// <summary>For /health: what works and what is missing (variable names only).</summary>
    string Describe();

    /// <summary>Startup problems: missing variables of a partial configuration, malformed values (named, never echoed).</summary>
    IReadOnlyList<string> Problems();
}
