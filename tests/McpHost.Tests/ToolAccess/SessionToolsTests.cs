using CsMcp.McpHost.Composition;
using CsMcp.McpHost.ToolAccess;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>A session's tool collection: what it lists, why it refuses the rest, and enabling toolsets in dynamic mode.</summary>
public sealed class SessionToolsTests
{
    private static readonly ToolCatalog Catalog = FakeCatalog.Instance;

    [Fact]
    public void A_static_session_lists_the_selection_and_explains_each_hidden_tool()
    {
        var session = Session(new ToolsetChoices(["core"], ["track_renewals"], ["list_clients"], ReadOnly: false), dynamic: false);

        Assert.Equal(["get_client_overview", "register_client", "track_renewals"], session.ListedCatalogTools.Select(t => t.Name));
        Assert.Null(session.RefusalFor("register_client"));
        Assert.Null(session.RefusalFor("no_such_tool"));
        Assert.Equal(
            "list_clients was not run: it is excluded by --exclude-tools (env CSMCP_EXCLUDE_TOOLS), so nothing was changed. "
            + "It can only be called on a connection that does not exclude it.",
            session.RefusalFor("list_clients"));
        Assert.Equal(
            "identify_churn_risk was not run: it belongs to the 'retention' toolset, which is not enabled (enabled toolsets: core), so nothing was changed. "
            + "To use it, add 'retention' to --toolsets (env CSMCP_TOOLSETS) or add identify_churn_risk to --tools (env CSMCP_TOOLS).",
            session.RefusalFor("identify_churn_risk"));
    }

    [Fact]
    public void A_dynamic_session_starts_with_the_discovery_tools_and_enables_a_toolset_with_one_change_event()
    {
        var session = Session(new ToolsetChoices(null, [], ["manage_lifecycle_stages"], ReadOnly: false), dynamic: true);
        var changes = 0;
        session.Changed += (_, _) => changes++;

        Assert.Equal(["list_available_toolsets", "get_toolset_tools", "enable_toolset"], session.Select(t => t.ProtocolTool.Name));
        Assert.StartsWith("calculate_health_score was not run: it belongs to the 'health' toolset, which is not enabled yet", session.RefusalFor("calculate_health_score"), StringComparison.Ordinal);

        var first = session.Enable("health");
        var second = session.Enable("health");

        Assert.Equal(["calculate_health_score", "track_usage_engagement"], first.Added);
        Assert.Empty(second.Added);
        Assert.Equal(["calculate_health_score", "track_usage_engagement"], second.AlreadyListed);
        Assert.Equal(1, changes);
        Assert.Null(session.RefusalFor("calculate_health_score"));
        Assert.StartsWith("manage_lifecycle_stages was not run: it is excluded by --exclude-tools", session.RefusalFor("manage_lifecycle_stages"), StringComparison.Ordinal);
    }

    [Fact]
    public void Instructions_name_the_enabled_toolsets_the_others_and_how_to_choose()
    {
        var session = Session(new ToolsetChoices(["core", "health"], [], ["manage_lifecycle_stages"], ReadOnly: false), dynamic: false);

        var instructions = ServerInstructions.Build(session);

        Assert.Contains("Tools come in toolsets. Enabled in this session: core (3 tools), health (2 tools). Not enabled: retention - Churn risk", instructions, StringComparison.Ordinal);
        Assert.Contains("; support - Support tickets and routing", instructions, StringComparison.Ordinal);
        Assert.DoesNotContain("onboarding", instructions, StringComparison.Ordinal);
        Assert.DoesNotContain("Read-only mode is on", instructions, StringComparison.Ordinal);
        Assert.Contains("The user chooses toolsets when starting CsMcp (--toolsets, --tools, --exclude-tools, --read-only", instructions, StringComparison.Ordinal);
        Assert.Contains("Start with list_clients to find client ids", instructions, StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_instructions_point_to_the_discovery_tools()
    {
        var session = Session(ToolsetChoices.None with { ReadOnly = true }, dynamic: true);

        var instructions = ServerInstructions.Build(session);

        Assert.Contains("Enabled in this session: none yet. Not enabled: core - Client accounts", instructions, StringComparison.Ordinal);
        Assert.Contains("Read-only mode is on", instructions, StringComparison.Ordinal);
        Assert.Contains("call list_available_toolsets to see the toolsets, get_toolset_tools to see a toolset's tools, and enable_toolset", instructions, StringComparison.Ordinal);
        Assert.DoesNotContain("Start with list_clients", instructions, StringComparison.Ordinal);
    }

    private static SessionTools Session(ToolsetChoices choices, bool dynamic) =>
        new SessionToolsFactory(Catalog, ToolsetConfiguration.Resolve(Catalog, choices, dynamic)).ForServer();
}
