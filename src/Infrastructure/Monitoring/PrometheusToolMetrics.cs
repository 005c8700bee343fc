using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;

namespace CsMcp.Infrastructure.Monitoring;

public sealed class PrometheusToolMetrics(CsMcpMetrics metrics) : IToolMetrics
{
    public const string Success = "success";
    public const string Error = "error";

    public void CallStarted() => metrics.ActiveConnections.Inc();

    public void CallFinished(string toolName, bool succeeded, TimeSpan elapsed)
    {
        metrics.ActiveConnections.Dec();
        metrics.ToolExecutions.WithLabels(toolName, succeeded ? Success : Error).Inc();
        metrics.ToolDuration.WithLabels(toolName).Observe(elapsed.TotalSeconds);
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
}
