using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>One client's health facts for a window, with the records they came from.</summary>
public sealed record ClientHealthFacts(string ClientId, ClientTier Tier, HealthInputs Inputs, HealthFactsBasis Basis)
{
    /// <summary>The facts as snake_case strings, as stored in a health snapshot's inputs.</summary>
    public Dictionary<string, string> ToSnapshotInputs() => HealthFactsText.From(this);
}
