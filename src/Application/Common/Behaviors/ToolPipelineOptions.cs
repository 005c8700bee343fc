namespace CsMcp.Application.Common.Behaviors;

public sealed class ToolPipelineOptions
{
    /// <summary>Calls slower than this are logged as warnings (CSMCP_SLOW_TOOL_WARNING_MS).</summary>
    public TimeSpan SlowCallWarning { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Calls slower than this are logged as errors (CSMCP_SLOW_TOOL_ERROR_MS).</summary>
    public TimeSpan SlowCallError { get; set; } = TimeSpan.FromSeconds(5);
}
