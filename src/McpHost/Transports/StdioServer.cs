using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using CsMcp.McpHost.ToolAccess;
using Microsoft.Extensions.Hosting.Internal;

namespace CsMcp.McpHost.Transports;

/// <summary>The transport desktop MCP clients launch: JSON-RPC over stdin/stdout. The server exits 0 when stdin closes.</summary>
internal static class StdioServer
{
    public static async Task<int> RunAsync(ToolsetConfiguration toolsets, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.ConfigureCsMcpLogging(builder.Configuration);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton<IHostLifetime, ConsoleLifetime>();
        builder.Services.AddCsMcp(builder.Configuration, toolsets).WithStdioServerTransport();

        using var host = builder.Build();
        await host.Services.InitializeDatabaseAsync(cancellationToken);
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
