using CsMcp.Infrastructure.Persistence;
using CsMcp.McpHost.Composition;
using CsMcp.McpHost.ToolAccess;

namespace CsMcp.McpHost.Transports;

/// <summary>Streamable HTTP at /mcp (and the narrowing paths of <see cref="HttpToolsetNarrowing.Routes"/>), loopback by default. SIGTERM drains in-flight requests and exits 0.</summary>
internal static partial class HttpServer
{
    public static async Task<int> RunAsync(string host, int port, ToolsetConfiguration toolsets, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ConfigureCsMcpLogging(builder.Configuration);
        var url = $"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}";
        builder.WebHost.UseUrls(url);
        builder.Services.AddCsMcp(builder.Configuration, toolsets)
            .WithHttpTransport(options => options.ConfigureSessionOptions = HttpToolsetNarrowing.ConfigureSessionAsync);
        builder.Services.AddSingleton<HttpToolsetNarrowing>();
        builder.Services.AddHttpContextAccessor();

        await using var app = builder.Build();
        await app.Services.InitializeDatabaseAsync(cancellationToken);

        var originValidation = OriginValidation.From(app.Configuration, host);
        var narrowing = app.Services.GetRequiredService<HttpToolsetNarrowing>();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/mcp"), branch => branch
            .Use((context, next) => originValidation.InvokeAsync(context, next))
            .Use((context, next) => narrowing.InvokeAsync(context, next)));
        foreach (var route in HttpToolsetNarrowing.Routes)
            app.MapMcp(route);

        await app.StartAsync(cancellationToken);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CsMcp");
        Serving(logger, $"{url}/mcp", app.Services.GetRequiredService<DatabaseSettings>().Description);
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "CsMcp MCP endpoint (Streamable HTTP) at {McpUrl}; data: {Database}")]
    private static partial void Serving(ILogger logger, string mcpUrl, string database);
}
