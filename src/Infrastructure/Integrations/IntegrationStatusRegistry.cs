using System.Collections.Concurrent;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using AppCircuitState = CsMcp.Application.Common.Integrations.CircuitState;
using PollyCircuitState = Polly.CircuitBreaker.CircuitState;

namespace CsMcp.Infrastructure.Integrations;

/// <summary>Configuration of each integration plus the live state of its clients' circuit breakers (the worst one wins).</summary>
/// <remarks>Options are read on demand so the circuit breakers can be built without triggering options validation.</remarks>
public sealed class IntegrationStatusRegistry(IServiceProvider services) : IIntegrationStatus
{
    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> _providers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> _clientsByIntegration = new(StringComparer.Ordinal);

    /// <summary>The state provider the named client's circuit breaker reports to (one per client).</summary>
    public CircuitBreakerStateProvider ProviderFor(string integration, string clientName)
    {
        var clients = _clientsByIntegration.GetOrAdd(integration, _ => []);
        lock (clients)
        {
            if (!clients.Contains(clientName))
                clients.Add(clientName);
        }

        return _providers.GetOrAdd(clientName, _ => new CircuitBreakerStateProvider());
    }

    public IReadOnlyList<IntegrationState> GetStates()
    {
        var options = services.GetServices<IIntegrationOptions>().ToList();
        return
        [
            .. IntegrationNames.All.Select(name =>
            {
                var integrationOptions = options.FirstOrDefault(o => o.Integration == name);
                var configured = integrationOptions?.IsPresent ?? false;
                return new IntegrationState(name, configured, integrationOptions?.Describe() ?? "not registered", CircuitOf(name));
            }),
        ];
    }

    private AppCircuitState CircuitOf(string integration)
    {
        if (!_clientsByIntegration.TryGetValue(integration, out var clients))
            return AppCircuitState.Closed;
        string[] names;
        lock (clients)
            names = [.. clients];
        var worst = AppCircuitState.Closed;
        foreach (var name in names)
        {
            var state = _providers.TryGetValue(name, out var provider) ? Map(provider.CircuitState) : AppCircuitState.Closed;
            if (Rank(state) > Rank(worst))
                worst = state;
        }

        return worst;
    }

    private static AppCircuitState Map(PollyCircuitState state) => state switch
    {
        PollyCircuitState.Open => AppCircuitState.Open,
        PollyCircuitState.HalfOpen => AppCircuitState.HalfOpen,
        PollyCircuitState.Isolated => AppCircuitState.Isolated,
        _ => AppCircuitState.Closed,
    };

    private static int Rank(AppCircuitState state) => state switch
    {
        AppCircuitState.Open or AppCircuitState.Isolated => 2,
        AppCircuitState.HalfOpen => 1,
        _ => 0,
    };
}
