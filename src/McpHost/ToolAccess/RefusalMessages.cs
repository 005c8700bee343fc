using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.ToolAccess;

/// <summary>The isError texts for a call to a tool the session does not expose: what mode refused it, and how to get it.</summary>
internal static class RefusalMessages
{
    public static string Hidden(ToolDescriptor tool, HiddenReason reason, bool dynamic) => reason.Kind switch
    {
        HiddenKind.ReadOnlyMode =>
            $"{tool.Name} was not run: CsMcp is in read-only mode (set by {reason.Source.ReadOnly}), which exposes only tools that read data "
            + $"and refuses every tool that changes data. {tool.Name} changes data, so nothing was changed. "
            + $"It can only be called on a connection without read-only mode.",
        HiddenKind.Excluded =>
            $"{tool.Name} was not run: it is excluded by {reason.Source.ExcludeTools}, so nothing was changed. "
            + "It can only be called on a connection that does not exclude it.",
        _ when dynamic => NotYetEnabled(tool),
        _ =>
            $"{tool.Name} was not run: it belongs to the '{tool.Toolset}' toolset, which is not enabled "
            + $"(enabled toolsets: {Names(reason.EnabledToolsets)}), so nothing was changed. "
            + $"To use it, add '{tool.Toolset}' to {reason.Source.Toolsets} or add {tool.Name} to {reason.Source.Tools}.",
    };

    public static string NotYetEnabled(ToolDescriptor tool) =>
        $"{tool.Name} was not run: it belongs to the '{tool.Toolset}' toolset, which is not enabled yet in this session. "
        + $"Call enable_toolset with {{\"toolset\": \"{tool.Toolset}\"}}, then call {tool.Name} again.";

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "none" : string.Join(", ", names);
}
