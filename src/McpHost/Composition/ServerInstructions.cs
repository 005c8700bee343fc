using System.Text;
using CsMcp.Application.Common.Tools;
using CsMcp.McpHost.ToolAccess;

namespace CsMcp.McpHost.Composition;

/// <summary>The instructions returned at initialize: what CsMcp is, which toolsets this session has and how to get others.</summary>
internal static class ServerInstructions
{
    private const string Purpose =
        "CsMcp runs a customer-success practice over stored data: it keeps client accounts and their timelines and, toolset by toolset, "
        + "scores account health, spots churn risk, tracks renewals, support and feedback. "
        + "Every figure in a result is computed from stored data and says what it was computed from; missing data is reported as missing.";

    private const string Choosing =
        "The user chooses toolsets when starting CsMcp (--toolsets, --tools, --exclude-tools, --read-only, or the variables CSMCP_TOOLSETS, "
        + "CSMCP_TOOLS, CSMCP_EXCLUDE_TOOLS, CSMCP_READ_ONLY) or, over HTTP, per connection (headers X-MCP-Toolsets, X-MCP-Tools, "
        + "X-MCP-Exclude-Tools, X-MCP-Readonly, or the paths /mcp/x/{toolset} and /mcp/readonly). "
        + "If a task needs a toolset this session does not have, tell the user which one to add.";

    private const string Discovery =
        "This session starts with discovery tools only: call list_available_toolsets to see the toolsets, get_toolset_tools to see "
        + "a toolset's tools, and enable_toolset to add them; the tool list then changes (notifications/tools/list_changed).";

    private const string Errors = "Errors come back as tool results that name the argument and the rule; fix the argument and call again.";

    public static string Build(SessionTools session)
    {
        var text = new StringBuilder(Purpose).Append("\n\n");
        var enabled = new List<string>();
        var others = new List<string>();
        foreach (var toolset in session.Catalog.ToolsetsWithTools)
        {
            var available = session.Allowed.Tools.Where(t => t.Toolset == toolset).ToList();
            var listed = available.Count(t => session.IsListed(t.Name));
            if (listed > 0)
                enabled.Add(listed == available.Count ? $"{toolset} ({listed} tools)" : $"{toolset} ({listed} of {available.Count} tools)");
            else if (available.Count > 0 || !session.Dynamic)
                others.Add($"{toolset} - {Toolsets.Descriptions[toolset]}");
        }

        text.Append("Tools come in toolsets. Enabled in this session: ").Append(enabled.Count == 0 ? "none yet" : string.Join(", ", enabled)).Append('.');
        if (others.Count > 0)
            text.Append(" Not enabled: ").Append(string.Join("; ", others)).Append('.');
        if (session.Allowed.ReadOnly)
            text.Append(" Read-only mode is on: only tools that read data are listed, and calls to tools that change data are refused.");
        text.Append("\n\n").Append(session.Dynamic ? Discovery : Choosing);
        if (session.IsListed("list_clients") && session.IsListed("get_client_overview"))
            text.Append("\n\nStart with list_clients to find client ids, then get_client_overview for one account.");
        return text.Append("\n\n").Append(Errors).ToString();
    }
}
