using System.ComponentModel;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.ToolAccess.Discovery;

[Description("The toolset to enable.")]
internal sealed record EnableToolsetArguments
{
    [Description("Toolset name, as listed by list_available_toolsets (core, health, retention, ...).")]
    public required string Toolset { get; init; }
}

/// <summary>enable_toolset: lists a toolset's tools in this session and notifies the client (notifications/tools/list_changed).</summary>
internal sealed class EnableToolset(ToolCatalog catalog)
    : DiscoveryTool<EnableToolsetArguments, EnableToolsetResult>(
        ToolName,
        "Enable a toolset",
        "Enables a toolset for the rest of this session: its tools join the tool list and the server sends notifications/tools/list_changed. "
        + "Enabling a toolset twice changes nothing. In read-only mode only the toolset's read-only tools are enabled.",
        catalog.ToolsetsWithTools)
{
    public const string ToolName = "enable_toolset";

    protected override EnableToolsetResult Execute(EnableToolsetArguments arguments, SessionTools session)
    {
        var toolset = RequireToolset(session, arguments.Toolset);
        var change = session.Enable(toolset);
        var message = (change.Added.Count, change.AlreadyListed.Count) switch
        {
            (0, 0) => $"Toolset '{toolset}' offers no tool in this session (read-only mode or --exclude-tools hide all of them); nothing was enabled.",
            (0, _) => $"Toolset '{toolset}' was already enabled; the tool list did not change.",
            _ => $"Enabled {change.Added.Count} tools of '{toolset}'. The tool list changed; list the tools again to see their schemas.",
        };
        return new EnableToolsetResult(toolset, change.Added, change.AlreadyListed, session.ListedCatalogTools.Count, message);
    }
}
