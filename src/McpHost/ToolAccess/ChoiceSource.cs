namespace CsMcp.McpHost.ToolAccess;

/// <summary>How a user sets each knob from one source; used to tell them which knob hid a tool and how to change it.</summary>
internal sealed record ChoiceSource(string Toolsets, string Tools, string ExcludeTools, string ReadOnly)
{
    public static ChoiceSource CommandLine { get; } = new(
        "--toolsets (env CSMCP_TOOLSETS)",
        "--tools (env CSMCP_TOOLS)",
        "--exclude-tools (env CSMCP_EXCLUDE_TOOLS)",
        "--read-only (env CSMCP_READ_ONLY)");

    public static ChoiceSource HttpRequest { get; } = new(
        "the X-MCP-Toolsets header (or the /mcp/x/{toolset} path)",
        "the X-MCP-Tools header",
        "the X-MCP-Exclude-Tools header",
        "the X-MCP-Readonly header (or a /readonly path)");
}
