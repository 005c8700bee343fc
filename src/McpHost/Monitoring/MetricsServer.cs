using System.Text.Json;
using CsMcp.Infrastructure.Monitoring;
using CsMcp.McpHost.Tools;
using Prometheus;

namespace CsMcp.McpHost.Monitoring;

/// <summary>
/// /metrics and /health on METRICS_HOST:METRICS_PORT (default 0.0.0.0:9090), off with PROMETHEUS_ENABLED=false.
/// MCP clients start one server process per session, so a port already taken is a warning, never a crash.
/// </summary>
internal sealed partial class MetricsServer(IConfiguration configuration, CsMcpMetrics metrics, HealthReporter health, ILogger<MetricsServer> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.Equals(configuration["PROMETHEUS_ENABLED"], "false", StringComparison.OrdinalIgnoreCase))
            return;

        var host = configuration["METRICS_HOST"] is { Length: > 0 } h ? h : "0.0.0.0";
        var port = configuration["METRICS_PORT"] is { Length: > 0 } p ? p : "9090";
        var url = $"http://{(host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host)}:{port}";

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapGet("/metrics", async context =>
        {
            context.Response.ContentType = PrometheusConstants.ExporterContentTypeValue.ToString();
            await metrics.Registry.CollectAndExportAsTextAsync(context.Response.Body, context.RequestAborted);
        });
        app.MapGet("/health", async context =>
        {
            var report = await health.CheckAsync(context.RequestAborted);
            context.Response.StatusCode = report.Status == HealthReport.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, report, ToolJson.Options, context.RequestAborted);
        });

        try
        {
            await app.StartAsync(cancellationToken);
            _app = app;
            Listening(logger, url);
        }
        catch (IOException exception)
        {
            PortUnavailable(logger, url, exception.Message);
            await app.DisposeAsync();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Metrics at {Url}/metrics, health at {Url}/health")]
    private static partial void Listening(ILogger logger, string url);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Metrics server not started on {Url}: {Reason}. The MCP server keeps running; set METRICS_PORT to another port to scrape this process.")]
    private static partial void PortUnavailable(ILogger logger, string url, string reason);
}
