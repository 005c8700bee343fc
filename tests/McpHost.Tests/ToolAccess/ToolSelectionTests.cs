using CsMcp.McpHost.ToolAccess;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>The pure composition rules: (toolsets + tools) - excluded, read-only last, narrowing within a ceiling.</summary>
public sealed class ToolSelectionTests
{
    private static readonly ToolCatalog Catalog = FakeCatalog.Instance;
    private const string ValidTools =
        "get_client_overview, list_clients, register_client, calculate_health_score, manage_lifecycle_stages, track_usage_engagement, "
        + "execute_retention_campaign, identify_churn_risk, analyze_support_performance, handle_support_ticket, track_renewals";

    [Fact]
    public void The_catalog_orders_tools_by_toolset_then_name()
    {
        Assert.Equal(ValidTools.Split(", "), Catalog.Tools.Select(t => t.Name));
        Assert.Equal(["core", "health", "retention", "support", "expansion"], Catalog.ToolsetsWithTools);
    }

    [Fact]
    public void The_catalog_refuses_a_tool_whose_toolset_is_not_declared()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ToolCatalog.FromTypes([typeof(FakeCatalog.StrayTool)]));

        Assert.Equal(
            "Tool 'stray_tool' names toolset 'billing', which is not declared in Toolsets.Ordered (core, onboarding, health, retention, communication, support, expansion, feedback, integrations, autonomous).",
            error.Message);
    }

    [Fact]
    public void No_choice_selects_the_default_toolsets_core_health_and_retention()
    {
        var selection = Compose(ToolsetChoices.None);

        Assert.Equal(
            ["get_client_overview", "list_clients", "register_client", "calculate_health_score", "manage_lifecycle_stages", "track_usage_engagement", "execute_retention_campaign", "identify_churn_risk"],
            Names(selection));
        Assert.Equal(["core", "health", "retention"], selection.Toolsets);
        Assert.False(selection.ReadOnly);
    }

    [Fact]
    public void All_selects_every_tool_and_default_can_be_extended()
    {
        Assert.Equal(ValidTools.Split(", "), Names(Compose(Choices(toolsets: "all"))));
        Assert.Equal(
            ["get_client_overview", "list_clients", "register_client", "calculate_health_score", "manage_lifecycle_stages", "track_usage_engagement",
             "execute_retention_campaign", "identify_churn_risk", "analyze_support_performance", "handle_support_ticket"],
            Names(Compose(Choices(toolsets: "default,support"))));
    }

    [Fact]
    public void Tools_add_to_toolsets_and_alone_select_only_themselves()
    {
        Assert.Equal(["analyze_support_performance", "handle_support_ticket", "track_renewals"], Names(Compose(Choices(toolsets: "support", tools: "track_renewals"))));
        Assert.Equal(["list_clients", "track_renewals"], Names(Compose(Choices(tools: "track_renewals,list_clients"))));
        Assert.Empty(Compose(Choices(tools: "track_renewals")).Toolsets);
    }

    [Fact]
    public void An_empty_toolsets_list_selects_no_toolset()
    {
        Assert.Equal(["track_renewals"], Names(Compose(Choices(toolsets: "", tools: "track_renewals"))));
        Assert.Empty(Compose(Choices(toolsets: "")).Tools);
    }

    [Fact]
    public void Excluded_tools_leave_whatever_selected_them_and_a_note_says_so()
    {
        var selection = Compose(Choices(toolsets: "core", tools: "register_client,track_renewals", exclude: "register_client,list_clients"));

        Assert.Equal(["get_client_overview", "track_renewals"], Names(selection));
        Assert.Equal(["register_client is named in both --tools (env CSMCP_TOOLS) and --exclude-tools (env CSMCP_EXCLUDE_TOOLS); it is excluded."], selection.Notes);
    }

    [Fact]
    public void Read_only_keeps_only_read_tools_and_wins_over_named_write_tools()
    {
        var selection = Compose(Choices(toolsets: "core,support", tools: "execute_retention_campaign", readOnly: true));

        Assert.Equal(["get_client_overview", "list_clients", "analyze_support_performance"], Names(selection));
        Assert.True(selection.ReadOnly);
        Assert.Equal(["execute_retention_campaign is named in --tools (env CSMCP_TOOLS) but changes data; read-only mode hides it."], selection.Notes);
    }

    [Fact]
    public void Names_are_trimmed_and_case_insensitive()
    {
        var choices = Choices(toolsets: " Core , ,HEALTH", exclude: " Register_Client ");

        Assert.Equal(["core", "health"], choices.Toolsets);
        Assert.Equal(["get_client_overview", "list_clients", "calculate_health_score", "manage_lifecycle_stages", "track_usage_engagement"], Names(Compose(choices)));
    }

    [Fact]
    public void Every_unknown_name_is_reported_at_once_with_the_valid_names()
    {
        var error = Assert.Throws<ToolSelectionException>(() => Compose(Choices(toolsets: "core,helth", tools: "list_client", exclude: "drop_tables")));

        Assert.Equal(
            [
                "Unknown toolset 'helth' in --toolsets (env CSMCP_TOOLSETS). Valid toolsets: all, default, core, onboarding, health, retention, communication, support, expansion, feedback, integrations, autonomous.",
                $"Unknown tool 'list_client' in --tools (env CSMCP_TOOLS). Valid tools: {ValidTools}.",
                $"Unknown tool 'drop_tables' in --exclude-tools (env CSMCP_EXCLUDE_TOOLS). Valid tools: {ValidTools}.",
            ],
            error.Problems);
    }

    [Fact]
    public void A_declared_toolset_without_tools_is_valid_but_selects_nothing()
    {
        var selection = Compose(Choices(toolsets: "onboarding,feedback"));

        Assert.Empty(selection.Tools);
        Assert.Equal(
            "The tool selection leaves no tool to serve (toolsets: onboarding (no tools yet), feedback (no tools yet); tools: none; read-only: no). "
            + "Toolsets that have tools: core (3 tools, 2 read-only), health (3 tools, 2 read-only), retention (2 tools, 1 read-only), "
            + "support (2 tools, 1 read-only), expansion (1 tool, 1 read-only).",
            selection.DescribeEmpty(Catalog, "The tool selection"));
    }

    [Fact]
    public void Hidden_tools_say_which_rule_hid_them()
    {
        var selection = Compose(Choices(toolsets: "core", exclude: "list_clients", readOnly: true));

        Assert.Null(selection.WhyHidden(Tool("get_client_overview")));
        Assert.Equal(HiddenKind.ReadOnlyMode, selection.WhyHidden(Tool("register_client"))!.Kind);
        Assert.Equal(HiddenKind.Excluded, selection.WhyHidden(Tool("list_clients"))!.Kind);
        var notSelected = selection.WhyHidden(Tool("identify_churn_risk"))!;
        Assert.Equal(HiddenKind.NotSelected, notSelected.Kind);
        Assert.Equal("retention", notSelected.Toolset);
        Assert.Equal(["core"], notSelected.EnabledToolsets);
        Assert.Same(ChoiceSource.CommandLine, notSelected.Source);
    }

    [Fact]
    public void A_narrowing_without_toolsets_keeps_the_whole_ceiling()
    {
        var ceiling = Compose(Choices(toolsets: "core,support"));

        var narrowed = Narrow(ceiling, Choices(readOnly: true));

        Assert.Equal(["get_client_overview", "list_clients", "analyze_support_performance"], Names(narrowed));
        Assert.Same(ceiling, narrowed.Ceiling);
    }

    [Fact]
    public void A_narrowing_cannot_turn_read_only_off_or_add_what_the_ceiling_hides()
    {
        var ceiling = Compose(Choices(toolsets: "core,support", exclude: "list_clients", readOnly: true));

        var everything = Narrow(ceiling, Choices(toolsets: "all"));

        Assert.Equal(["get_client_overview", "analyze_support_performance"], Names(everything));
        Assert.True(everything.ReadOnly);
        var hidden = everything.WhyHidden(Tool("register_client"))!;
        Assert.Equal(HiddenKind.ReadOnlyMode, hidden.Kind);
        Assert.Same(ChoiceSource.CommandLine, hidden.Source);
    }

    [Fact]
    public void A_narrowing_reports_the_request_as_the_source_of_what_it_hides()
    {
        var ceiling = Compose(Choices(toolsets: "all"));

        var narrowed = Narrow(ceiling, Choices(toolsets: "health", exclude: "track_usage_engagement"));

        Assert.Equal(["calculate_health_score", "manage_lifecycle_stages"], Names(narrowed));
        var excluded = narrowed.WhyHidden(Tool("track_usage_engagement"))!;
        Assert.Equal(HiddenKind.Excluded, excluded.Kind);
        Assert.Same(ChoiceSource.HttpRequest, excluded.Source);
        Assert.Equal("excluded by the X-MCP-Exclude-Tools header", excluded.Short);
    }

    [Fact]
    public void A_narrowing_may_only_name_toolsets_and_tools_the_ceiling_offers()
    {
        var ceiling = Compose(Choices(toolsets: "core", exclude: "get_client_overview", readOnly: true));

        var error = Assert.Throws<ToolSelectionException>(() => Narrow(ceiling, Choices(toolsets: "core,support", tools: "register_client,get_client_overview,helth")));

        Assert.Equal(
            [
                "Toolset 'support' in the X-MCP-Toolsets header (or the /mcp/x/{toolset} path) is not available on this server. Available toolsets: core.",
                "Tool 'register_client' in the X-MCP-Tools header is not available on this server: it changes data and read-only mode is on (--read-only (env CSMCP_READ_ONLY)). Available tools: list_clients.",
                "Tool 'get_client_overview' in the X-MCP-Tools header is not available on this server: excluded by --exclude-tools (env CSMCP_EXCLUDE_TOOLS). Available tools: list_clients.",
                $"Unknown tool 'helth' in the X-MCP-Tools header. Valid tools: {ValidTools}.",
            ],
            error.Problems);
    }

    [Fact]
    public void A_narrowing_may_name_a_declared_toolset_that_has_no_tools_yet()
    {
        var ceiling = Compose(Choices(toolsets: "core"));

        var narrowed = Narrow(ceiling, Choices(toolsets: "core,feedback"));

        Assert.Equal(["get_client_overview", "list_clients", "register_client"], Names(narrowed));
        Assert.Equal(["core", "feedback"], narrowed.Toolsets);
    }

    [Fact]
    public void A_narrowing_may_exclude_any_known_tool_and_keyword_default_is_cut_to_the_ceiling()
    {
        var ceiling = Compose(Choices(toolsets: "core,support"));

        var narrowed = Narrow(ceiling, Choices(toolsets: "default", exclude: "track_renewals"));

        Assert.Equal(["get_client_overview", "list_clients", "register_client"], Names(narrowed));
    }

    [Fact]
    public void Static_configuration_serves_the_selection_and_refuses_an_empty_one()
    {
        var configuration = ToolsetConfiguration.Resolve(Catalog, Choices(toolsets: "support"), dynamic: false);

        Assert.False(configuration.Dynamic);
        Assert.Same(configuration.Allowed, configuration.Initial);
        var error = Assert.Throws<ToolSelectionException>(() => ToolsetConfiguration.Resolve(Catalog, Choices(toolsets: "feedback"), dynamic: false));
        Assert.StartsWith("The tool selection leaves no tool to serve (toolsets: feedback (no tools yet);", Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Dynamic_configuration_allows_every_toolset_and_starts_with_only_what_was_named()
    {
        var bare = ToolsetConfiguration.Resolve(Catalog, ToolsetChoices.None, dynamic: true);
        var named = ToolsetConfiguration.Resolve(Catalog, Choices(toolsets: "support", tools: "track_renewals", exclude: "handle_support_ticket", readOnly: true), dynamic: true);

        Assert.True(bare.Dynamic);
        Assert.Equal(ValidTools.Split(", "), Names(bare.Allowed));
        Assert.Empty(bare.Initial.Tools);
        Assert.Equal(["get_client_overview", "list_clients", "calculate_health_score", "track_usage_engagement", "identify_churn_risk", "analyze_support_performance", "track_renewals"], Names(named.Allowed));
        Assert.Equal(["analyze_support_performance", "track_renewals"], Names(named.Initial));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData(" YES ", true)]
    [InlineData("1", true)]
    [InlineData("on", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("off", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("maybe", null)]
    public void Flags_accept_the_usual_spellings(string? value, bool? expected) =>
        Assert.Equal(expected, ToolsetChoices.ParseFlag(value));

    private static ToolSelection Compose(ToolsetChoices choices) => ToolSelection.Compose(Catalog, choices, ChoiceSource.CommandLine);

    private static ToolSelection Narrow(ToolSelection ceiling, ToolsetChoices choices) =>
        ToolSelection.Compose(Catalog, choices, ChoiceSource.HttpRequest, ceiling);

    private static ToolsetChoices Choices(string? toolsets = null, string? tools = null, string? exclude = null, bool readOnly = false) =>
        new(ToolsetChoices.ParseList(toolsets), ToolsetChoices.ParseList(tools) ?? [], ToolsetChoices.ParseList(exclude) ?? [], readOnly);

    private static string[] Names(ToolSelection selection) => [.. selection.Tools.Select(t => t.Name)];

    private static ToolDescriptor Tool(string name) => Catalog.Find(name)!;
}
