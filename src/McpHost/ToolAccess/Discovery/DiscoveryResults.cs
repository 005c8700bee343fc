using System.ComponentModel;

namespace CsMcp.McpHost.ToolAccess.Discovery;

internal sealed record AvailableToolsetsResult(
    [property: Description("Every toolset that has tools, in a fixed order.")] IReadOnlyList<ToolsetSummary> Toolsets,
    [property: Description("True when read-only mode is on: only tools that read data can be enabled.")] bool ReadOnly,
    [property: Description("How many CsMcp tools (besides these discovery tools) this session lists now.")] int EnabledToolCount);

internal sealed record ToolsetSummary(
    string Name,
    string Description,
    [property: Description("Tools of this toolset this session can use (read-only mode and exclusions applied).")] int ToolCount,
    [property: Description("How many of them are enabled now.")] int EnabledToolCount,
    [property: Description("True when all of them are enabled.")] bool Enabled);

internal sealed record ToolsetToolsResult(
    string Toolset,
    string Description,
    [property: Description("True when every tool below is enabled.")] bool Enabled,
    [property: Description("The tools this session can use, in a fixed order.")] IReadOnlyList<ToolsetTool> Tools,
    [property: Description("Tools of the toolset this session cannot use, with the reason.")] IReadOnlyList<UnavailableTool> Unavailable);

internal sealed record ToolsetTool(string Name, string Title, string Description, bool ReadOnly, bool Enabled);

internal sealed record UnavailableTool(string Name, string Reason);

internal sealed record EnableToolsetResult(
    string Toolset,
    [property: Description("Tools this call added to the tool list.")] IReadOnlyList<string> EnabledTools,
    [property: Description("Tools of the toolset that were listed before this call.")] IReadOnlyList<string> AlreadyEnabled,
    [property: Description("How many CsMcp tools (besides the discovery tools) this session lists now.")] int EnabledToolCount,
    string Message);
