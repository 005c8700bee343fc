using CsMcp.Application.Common.Integrations;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>Configuration and circuit state of every platform integration, in <see cref="IntegrationNames.All"/> order.</summary>
public interface IIntegrationStatus
{
    IReadOnlyList<IntegrationState> GetStates();
}
