using CsMcp.Application;
using CsMcp.Application.Common.Behaviors;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Infrastructure;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.McpHost.Monitoring;
using CsMcp.McpHost.ToolAccess;
using CsMcp.McpHost.Tools;
using CsMcp.McpHost.Workers;
using Mediator;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.Composition;

/// <summary>Everything both transports share: application, infrastructure, the tool pipeline, the MCP server and the metrics server.</summary>
internal static class ServerComposition
{
    public const string ServerName = "csmcp";

    /// <summary>The server with the default toolsets (what a server started without toolset options serves).</summary>
    public static IMcpServerBuilder AddCsMcp(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCsMcp(configuration, ToolsetConfiguration.Default(ToolCatalog.Instance));

    public static IMcpServerBuilder AddCsMcp(this IServiceCollection services, IConfiguration configuration, ToolsetConfiguration toolsets)
    {
        services.AddCsMcpCore(configuration);
        services.AddSingleton<HealthReporter>();
        services.AddHostedService<MetricsServer>();
        services.AddSingleton(new SessionToolsFactory(ToolCatalog.Instance, toolsets));
        services.AddHostedService<ToolSelectionAnnouncer>();
        if (WorkerSchedulerOptions.From(name => configuration[name]).Enabled)
            services.AddHostedService<WorkerScheduler>();
        services.AddSingleton(sp => OutputSchemaPolicy.From(configuration, sp.GetService<IHttpContextAccessor>()));

        // Runs for every McpServerOptions the SDK creates (once for stdio, once per request for stateless HTTP). The
        // collection is the whole truth about a session's tools; HttpToolsetNarrowing replaces it for a narrowed request.
        services.AddOptions<McpServerOptions>().Configure<SessionToolsFactory>((options, factory) =>
        {
            var session = factory.ForServer();
            options.ToolCollection = session;
            options.ServerInstructions = session.Instructions;
        });
        return services
            .AddMcpServer(options =>
                options.ServerInfo = new Implementation { Name = ServerName, Title = "CsMcp - Customer Success MCP server", Version = ServerVersion.Current })
            .WithRequestFilters(filters => filters
                .AddCallToolFilter(ToolAccessFilters.RefuseHiddenTools)
                .AddListToolsFilter(ToolAccessFilters.CatalogOrder));
    }

    /// <summary>The tool pipeline without any transport: used by the server and by in-process tests and benchmarks.</summary>
    public static IServiceCollection AddCsMcpCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(WorkerSchedulerOptions.From(name => configuration[name]));
        services.AddApplication();
        services.AddInfrastructure(configuration);
        services.Configure<ToolPipelineOptions>(options =>
        {
            if (int.TryParse(configuration["CSMCP_SLOW_TOOL_WARNING_MS"], out var warning) && warning > 0)
                options.SlowCallWarning = TimeSpan.FromMilliseconds(warning);
            if (int.TryParse(configuration["CSMCP_SLOW_TOOL_ERROR_MS"], out var error) && error > 0)
                options.SlowCallError = TimeSpan.FromMilliseconds(error);
        });
        services.AddMediator((MediatorOptions options) =>
        {
            options.Assemblies = [typeof(ApplicationAssembly)];
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.GenerateTypesAsInternal = true;
            options.PipelineBehaviors = [typeof(TimingBehavior<,>), typeof(ErrorCountingBehavior<,>), typeof(ValidationBehavior<,>)];
        });
        services.AddSingleton<IHostedService, MetricSeriesPublisher>();
        return services;
    }
}
