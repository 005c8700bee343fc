using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Integrations.SyncIntegrations;
using CsMcp.Application.Features.Workers.Common;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Every Application service the handlers, the command line and the workers share. The handlers themselves are
    /// registered by the Mediator source generator in the host; the ports (IAppDbContext, integrations, metrics) by Infrastructure.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddValidatorsFromAssembly(typeof(ApplicationAssembly).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddScoped<HealthFactsLoader>();
        services.AddScoped<HealthScoringService>();
        services.AddScoped<IntegrationSyncService>();
        services.AddWorkers();
        return services;
    }
}
