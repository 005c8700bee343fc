using System.Collections.Concurrent;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using Prometheus;

namespace CsMcp.Infrastructure.Monitoring;

public sealed class PrometheusToolMetrics(CsMcpMetrics metrics) : IToolMetrics
{
    public const string Success = "success";
    public const string Error = "error";

    // WithLabels allocates a label array and hashes the labels on every call; a tool's series never change, so each
    // call after the first reuses them (tool names come from the catalog, so the cache is bounded like the series).
    private readonly ConcurrentDictionary<string, ToolSeries> _tools = new(StringComparer.Ordinal);

    public void CallStarted() => metrics.ActiveConnections.Inc();

    public void CallFinished(string toolName, bool succeeded, TimeSpan elapsed)
    {
        metrics.ActiveConnections.Dec();
        var series = _tools.GetOrAdd(toolName, static (name, m) => new ToolSeries(m, name), metrics);
        series.Executions(succeeded).Inc();
        series.Duration.Observe(elapsed.TotalSeconds);
    }

    public void ErrorRecorded(string errorType) =>
        metrics.Errors.WithLabels(ErrorTypes.All.Contains(errorType) ? errorType : ErrorTypes.Internal).Inc();

    /// <summary>Creates the zero series of a tool so rates and alerts see it before its first call.</summary>
    public void Publish(string toolName)
    {
        metrics.ToolExecutions.WithLabels(toolName, Success);
        metrics.ToolExecutions.WithLabels(toolName, Error);
        metrics.ToolDuration.WithLabels(toolName);
    }

    public void PublishErrorTypes()
    {
        foreach (var errorType in ErrorTypes.All)
            metrics.Errors.WithLabels(errorType);
    }

    /// <summary>
    /// One tool's series. The status series are created on first use, as WithLabels would, so an unpublished tool
    /// that only ever succeeds exports no error series. Racing first uses get the same child from prometheus-net.
    /// </summary>
    private sealed class ToolSeries(CsMcpMetrics metrics, string toolName)
    {
        private Counter.Child? _succeeded;
        private Counter.Child? _failed;

        public Histogram.Child Duration { get; } = metrics.ToolDuration.WithLabels(toolName);

        public Counter.Child Executions(bool succeeded) => succeeded
            ? _succeeded ??= metrics.ToolExecutions.WithLabels(toolName, Success)
            : _failed ??= metrics.ToolExecutions.WithLabels(toolName, Error);
    }
}
