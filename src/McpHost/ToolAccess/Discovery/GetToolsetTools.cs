using System.ComponentModel;
using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.ToolAccess.Discovery;

[Description("The toolset to describe.")]
internal sealed record GetToolsetToolsArguments
{
    [Description("Toolset name, as listed by list_available_toolsets (core, health, retention, ...).")]
    public required string Toolset { get; init; }
}

/// <summary>get_toolset_tools: a toolset's tools with titles, descriptions and whether each is enabled, plus those this session cannot use and why.</summary>
internal sealed class GetToolsetTools(ToolCatalog catalog)
    : DiscoveryTool<GetToolsetToolsArguments, ToolsetToolsResult>(
        ToolName,
        "List a toolset's tools",
        "Lists the tools of one toolset: name, title, description, whether it only reads data and whether it is enabled in this session, "
        + "and the tools this session cannot use with the reason. Enable the toolset with enable_toolset to call its tools.",
        catalog.ToolsetsWithTools)
{
    public const string ToolName = "get_toolset_tools";

    protected override ToolsetToolsResult Execute(GetToolsetToolsArguments arguments, SessionTools session)
    {
        var toolset = RequireToolset(session, arguments.Toolset);
        var tools = new List<ToolsetTool>();
        var unavailable = new List<UnavailableTool>();
        foreach (var tool in session.Catalog.InToolset(toolset))
        {
            if (session.Allowed.WhyHidden(tool) is { } hidden)
                unavailable.Add(new UnavailableTool(tool.Name, hidden.Short));
            else
                tools.Add(new ToolsetTool(tool.Name, tool.Metadata.Title, tool.Description, tool.Metadata.ReadOnly, session.IsListed(tool.Name)));
        }

        return new ToolsetToolsResult(toolset, Toolsets.Descriptions[toolset], tools.Count > 0 && tools.All(t => t.Enabled), tools, unavailable);
    }
}
