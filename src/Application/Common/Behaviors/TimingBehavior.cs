using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CsMcp.Application.Common.Behaviors;

/// <summary>Outermost behavior: in-flight gauge, execution count by status, duration, slow-call log.</summary>
public sealed partial class TimingBehavior<TMessage, TResponse>(
    IToolMetrics metrics,
    TimeProvider time,
    IOptions<ToolPipelineOptions> options,
    ILogger<TimingBehavior<TMessage, TResponse>> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var succeeded = false;
        metrics.CallStarted();
        try
        {
            var response = await next(message, cancellationToken);
            succeeded = true;
            return response;
        }
        finally
        {
            var elapsed = time.GetElapsedTime(started);
            metrics.CallFinished(ToolInfo<TMessage>.Name, succeeded, elapsed);
            LogIfSlow(elapsed);
        }
    }

    private void LogIfSlow(TimeSpan elapsed)
    {
        var thresholds = options.Value;
        if (elapsed >= thresholds.SlowCallError)
            SlowCall(logger, LogLevel.Error, ToolInfo<TMessage>.Name, elapsed.TotalMilliseconds, thresholds.SlowCallError.TotalMilliseconds);
        else if (elapsed >= thresholds.SlowCallWarning)
            SlowCall(logger, LogLevel.Warning, ToolInfo<TMessage>.Name, elapsed.TotalMilliseconds, thresholds.SlowCallWarning.TotalMilliseconds);
    }

    [LoggerMessage(EventId = 1001, Message = "Slow tool call: {ToolName} took {ElapsedMs:F0} ms (threshold {ThresholdMs:F0} ms)")]
    private static partial void SlowCall(ILogger logger, LogLevel level, string toolName, double elapsedMs, double thresholdMs);
}
