using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;

namespace CsMcp.McpHost.Transports;

/// <summary>Streamable HTTP at /mcp, loopback by default. SIGTERM drains in-flight requests and exits 0.</summary>
internal static partial class HttpServer
{
    public static async Task<int> RunAsync(string host, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ConfigureCsMcpLogging(builder.Configuration);
        var url = $"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}";
        builder.WebHost.UseUrls(url);
        builder.Services.AddCsMcp(builder.Configuration).WithHttpTransport();

        await using var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(cancellationToken);

        var originValidation = OriginValidation.From(app.Configuration, host);
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/mcp"), branch => branch.Use((context, next) => originValidation.InvokeAsync(context, next)));
        app.MapMcp("/mcp");

        await app.StartAsync(cancellationToken);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CsMcp");
        Serving(logger, $"{url}/mcp", app.Services.GetRequiredService<DatabaseSettings>().Description);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "CsMcp MCP endpoint (Streamable HTTP) at {McpUrl}; data: {Database}")]
    private static partial void Serving(ILogger logger, string mcpUrl, string database);
}
