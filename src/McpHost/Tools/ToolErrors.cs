using CsMcp.Application.Common.Exceptions;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace CsMcp.McpHost.Tools;

/// <summary>The error contract: every failure of a tool call becomes an isError result a model can act on.</summary>
internal static partial class ToolErrors
{
    public static CallToolResult ToResult(string toolName, Exception exception, ILogger logger) => exception switch
    {
        ValidationException validation => Error(
            $"Invalid arguments for {toolName}:\n"
            + string.Join('\n', validation.Errors.SelectMany(e => e.Value.Select(rule => $"- {e.Key}: {rule}")))
            + $"\nCorrect these arguments and call {toolName} again."),
        AppException app => Error(app.Message),
        TimeoutException => Error($"{toolName} timed out before it could finish. Nothing was changed; try again."),
        _ => Internal(toolName, exception, logger),
    };

    private static CallToolResult Internal(string toolName, Exception exception, ILogger logger)
    {
        var correlationId = Guid.NewGuid().ToString("N")[..16];
        UnexpectedFailure(logger, exception, toolName, correlationId);
        return Error($"{toolName} failed unexpectedly (correlation id {correlationId}). The error was logged on the server; "
            + "no partial changes were saved. Retry later, or report the correlation id to the operator.");
    }

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "Tool {ToolName} failed (correlation id {CorrelationId})")]
    private static partial void UnexpectedFailure(ILogger logger, Exception exception, string toolName, string correlationId);
}
