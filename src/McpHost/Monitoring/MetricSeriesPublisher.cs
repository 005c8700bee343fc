using CsMcp.Infrastructure.Monitoring;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Monitoring;

/// <summary>Publishes the zero series of every tool and error type at start, so dashboards and alerts see them before the first call.</summary>
internal sealed class MetricSeriesPublisher(PrometheusToolMetrics metrics) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var tool in ToolCatalog.Instance.Tools)
            metrics.Publish(tool.Name);
        metrics.PublishErrorTypes();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
