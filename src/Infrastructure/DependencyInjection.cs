using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Infrastructure.Caching;
using CsMcp.Infrastructure.Integrations;
using CsMcp.Infrastructure.DemoData;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.Infrastructure.Notifications;
using CsMcp.Infrastructure.Persistence;
using CsMcp.Infrastructure.Persistence.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CsMcp.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<CsMcpMetrics>();
        services.AddSingleton<PrometheusToolMetrics>();
        services.AddSingleton<IToolMetrics>(sp => sp.GetRequiredService<PrometheusToolMetrics>());
        services.AddSingleton<DbMetricsInterceptor>();
        services.AddSingleton<IHealthMetrics, PrometheusHealthMetrics>();
        services.AddSingleton<IWorkerMetrics, PrometheusWorkerMetrics>();
        services.AddSingleton(HealthWeightSettingsFrom(configuration));
        services.AddHybridCache();
        services.AddSingleton<HybridReadCache>();
        services.AddSingleton<IReadCache>(sp => sp.GetRequiredService<HybridReadCache>());
        services.AddSingleton<CacheInvalidationInterceptor>();

        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<CsMcpDbContext, PostgresCsMcpDbContext>((sp, options) => options
                .UseNpgsql(database.ConnectionString, npgsql => npgsql
                    .CommandTimeout(15)
                    .EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(2), errorCodesToAdd: null))
                .AddInterceptors(sp.GetRequiredService<DbMetricsInterceptor>(), sp.GetRequiredService<CacheInvalidationInterceptor>()));
        }
        else
        {
            services.AddDbContext<CsMcpDbContext, SqliteCsMcpDbContext>((sp, options) => options
                .UseSqlite(database.ConnectionString, sqlite => sqlite.CommandTimeout(15))
                .AddInterceptors(sp.GetRequiredService<DbMetricsInterceptor>(), sp.GetRequiredService<CacheInvalidationInterceptor>()));
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<CsMcpDbContext>());
        services.AddIntegrations(configuration);
        services.AddAlertChannels(configuration);
        services.AddTransient<DemoDataSeeder>();
        return services;
    }

    /// <summary>HEALTH_SCORE_WEIGHT_* over the defaults. The command line checks them first and exits with the message; this guards other hosts.</summary>
    private static HealthWeightSettings HealthWeightSettingsFrom(IConfiguration configuration)
    {
        var (settings, errors) = HealthWeightSettings.Parse(name => configuration[name]);
        return settings ?? throw new InvalidOperationException(HealthWeightSettings.StartupError(errors));
    }
}
