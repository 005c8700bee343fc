using CsMcp.Application.Features.Workers.Monitors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CsMcp.Application.Features.Workers.Common;

public static class WorkerRegistration
{
    /// <summary>The seven workers, the runner and the dispatcher; the host registers the scheduler options and lease owner first to replace the defaults; Infrastructure the metrics.</summary>
    public static IServiceCollection AddWorkers(this IServiceCollection services)
    {
        services.AddScoped<IWorker, ChurnRiskMonitor>();
        services.AddScoped<IWorker, UsageDropAlerts>();
        services.AddScoped<IWorker, OnboardingProgress>();
        services.AddScoped<IWorker, NpsCsatMonitor>();
        services.AddScoped<IWorker, SupportSlaTracker>();
        services.AddScoped<IWorker, UpsellDetector>();
        services.AddScoped<IWorker, RetentionAnalyzer>();
        services.AddScoped<WorkerRunner>();
        services.AddSingleton<WorkerDispatcher>();
        services.TryAddSingleton(WorkerSchedulerOptions.Default);
        services.TryAddSingleton(WorkerLeaseOwner.ForThisProcess());
        return services;
    }
}
