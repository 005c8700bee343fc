using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.ToolAccess.Discovery;

[Description("No arguments.")]
internal sealed record ListAvailableToolsetsArguments;

/// <summary>list_available_toolsets: every toolset with tools, its description, how many tools it offers this session and whether it is enabled.</summary>
internal sealed class ListAvailableToolsets(ToolCatalog catalog)
    : DiscoveryTool<ListAvailableToolsetsArguments, AvailableToolsetsResult>(
        ToolName,
        "List available toolsets",
        "Lists the CsMcp toolsets this session can enable: name, description, how many tools each offers here and how many are "
        + "already enabled. Call get_toolset_tools to see a toolset's tools and enable_toolset to load them.",
        catalog.ToolsetsWithTools)
{
    public const string ToolName = "list_available_toolsets";

    protected override AvailableToolsetsResult Execute(ListAvailableToolsetsArguments arguments, SessionTools session)
    {
        var toolsets = session.Catalog.ToolsetsWithTools.Select(name =>
        {
            var available = session.Allowed.Tools.Where(t => t.Toolset == name).ToList();
            var enabled = available.Count(t => session.IsListed(t.Name));
            return new ToolsetSummary(name, Toolsets.Descriptions[name], available.Count, enabled, available.Count > 0 && enabled == available.Count);
        }).ToList();
        return new AvailableToolsetsResult(toolsets, session.Allowed.ReadOnly, session.ListedCatalogTools.Count);
    }
}
