using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>The tool-selection options of the stdio server, driven through the SDK's McpClient against the built server process.</summary>
public sealed class StdioToolSelectionTests
{
    private static readonly string[] CoreReadTools = ["get_client_overview", "get_client_timeline", "list_clients"];

    [Fact]
    public async Task Without_options_the_default_toolsets_are_served_in_catalog_order()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync([]);

        Assert.Equal(CatalogNames.Default, await ToolNames(server.Client));
    }

    [Fact]
    public async Task Toolsets_all_and_default_keywords_serve_every_tool_today()
    {
        await using var all = await ToolsetServerProcess.ConnectStdioAsync(["--toolsets", "all"]);
        await using var defaults = await ToolsetServerProcess.ConnectStdioAsync(["--toolsets", "default"]);

        Assert.Equal(CatalogNames.All, await ToolNames(all.Client));
        Assert.Equal(CatalogNames.Default, await ToolNames(defaults.Client));
    }

    [Fact]
    public async Task Read_only_lists_only_read_tools_and_refuses_a_write_tool_called_by_name()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--read-only"]);

        Assert.Equal(CatalogNames.DefaultRead, await ToolNames(server.Client));
        var refused = await server.Client.CallToolAsync("register_client", RegisterArguments());

        Assert.True(refused.IsError);
        Assert.Equal(
            "register_client was not run: CsMcp is in read-only mode (set by --read-only (env CSMCP_READ_ONLY)), which exposes only tools "
            + "that read data and refuses every tool that changes data. register_client changes data, so nothing was changed. "
            + "It can only be called on a connection without read-only mode.",
            Text(refused));
        var clients = await server.Client.CallToolAsync("list_clients", new Dictionary<string, object?>());
        Assert.Equal(0, clients.StructuredContent!.Value.GetProperty("pagination").GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task Read_only_wins_over_tools_that_name_a_write_tool()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--tools", "register_client,list_clients", "--read-only"]);

        Assert.Equal(["list_clients"], await ToolNames(server.Client));
        Assert.Contains("csmcp: note: register_client is named in --tools (env CSMCP_TOOLS) but changes data; read-only mode hides it.", server.Stderr, StringComparison.Ordinal);
        Assert.True((await server.Client.CallToolAsync("register_client", RegisterArguments())).IsError);
    }

    [Fact]
    public async Task Exclude_tools_removes_tools_from_the_list_and_refuses_their_calls()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--toolsets", "core", "--exclude-tools", "register_client, UPDATE_CLIENT_INFO"]);

        Assert.Equal(CoreReadTools, await ToolNames(server.Client));
        var refused = await server.Client.CallToolAsync("update_client_info", new Dictionary<string, object?> { ["client_id"] = "cs_1" });
        Assert.True(refused.IsError);
        Assert.Equal(
            "update_client_info was not run: it is excluded by --exclude-tools (env CSMCP_EXCLUDE_TOOLS), so nothing was changed. "
            + "It can only be called on a connection that does not exclude it.",
            Text(refused));
    }

    [Fact]
    public async Task Tools_without_toolsets_serve_only_the_named_tools_and_say_how_to_get_the_others()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--tools", "list_clients,get_client_timeline"]);

        Assert.Equal(["get_client_timeline", "list_clients"], await ToolNames(server.Client));
        var refused = await server.Client.CallToolAsync("get_client_overview", new Dictionary<string, object?> { ["client_id"] = "cs_1" });
        Assert.True(refused.IsError);
        Assert.Equal(
            "get_client_overview was not run: it belongs to the 'core' toolset, which is not enabled (enabled toolsets: none), so nothing was changed. "
            + "To use it, add 'core' to --toolsets (env CSMCP_TOOLSETS) or add get_client_overview to --tools (env CSMCP_TOOLS).",
            Text(refused));
    }

    [Fact]
    public async Task Environment_variables_select_tools_when_no_option_is_given()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync([], new Dictionary<string, string?>
        {
            ["CSMCP_TOOLS"] = "list_clients,register_client",
            ["CSMCP_READ_ONLY"] = "true",
        });

        Assert.Equal(["list_clients"], await ToolNames(server.Client));
    }

    [Fact]
    public async Task An_option_wins_over_its_environment_variable()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--tools", "get_client_timeline", "--read-only", "false"], new Dictionary<string, string?>
        {
            ["CSMCP_TOOLS"] = "not_a_tool",
            ["CSMCP_READ_ONLY"] = "true",
        });

        Assert.Equal(["get_client_timeline"], await ToolNames(server.Client));
    }

    [Fact]
    public async Task A_name_no_toolset_knows_stays_a_protocol_error()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--read-only"]);

        var error = await Assert.ThrowsAsync<McpProtocolException>(() => server.Client.CallToolAsync("no_such_tool", new Dictionary<string, object?>()).AsTask());

        Assert.Equal(McpErrorCode.InvalidParams, error.ErrorCode);
        Assert.Contains("no_such_tool", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initialize_instructions_describe_csmcp_its_toolsets_and_how_to_pick_them()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--read-only"]);

        var instructions = server.Client.ServerInstructions!;

        Assert.StartsWith("CsMcp runs a customer-success practice over stored data", instructions, StringComparison.Ordinal);
        Assert.Contains("Enabled in this session: core (3 tools), ", instructions, StringComparison.Ordinal);
        Assert.Contains("Read-only mode is on", instructions, StringComparison.Ordinal);
        Assert.Contains("--toolsets, --tools, --exclude-tools, --read-only", instructions, StringComparison.Ordinal);
        Assert.Contains("X-MCP-Toolsets", instructions, StringComparison.Ordinal);
        Assert.Contains("Start with list_clients", instructions, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--toolsets", "core,helth" }, "Unknown toolset 'helth' in --toolsets (env CSMCP_TOOLSETS). Valid toolsets: all, default, core, onboarding, health, retention, communication, support, expansion, feedback, integrations, autonomous.")]
    [InlineData(new[] { "--tools", "list_client" }, "Unknown tool 'list_client' in --tools (env CSMCP_TOOLS). Valid tools: get_client_overview, get_client_timeline, list_clients, register_client, update_client_info")]
    [InlineData(new[] { "--exclude-tools", "drop_tables" }, "Unknown tool 'drop_tables' in --exclude-tools (env CSMCP_EXCLUDE_TOOLS). Valid tools: get_client_overview, get_client_timeline, list_clients, register_client, update_client_info")]
    [InlineData(new[] { "--toolsets", "onboarding" }, "The tool selection leaves no tool to serve (toolsets: onboarding (no tools yet); tools: none; read-only: no). Toolsets that have tools: core (5 tools, 3 read-only)")]
    [InlineData(new[] { "--tools", "register_client", "--read-only" }, "The tool selection leaves no tool to serve (toolsets: none; tools: register_client; read-only: yes). Toolsets that have tools: core (5 tools, 3 read-only)")]
    [InlineData(new[] { "--http", "--dynamic-toolsets" }, "--dynamic-toolsets works with the stdio transport only")]
    public async Task An_invalid_selection_stops_the_server_with_exit_code_2_and_the_valid_names(string[] arguments, string expected)
    {
        var (exitCode, stderr) = await ToolsetServerProcess.RunToExitAsync(arguments);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("csmcp: cannot start with this tool selection:", stderr, StringComparison.Ordinal);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_environment_variable_is_a_startup_error_too()
    {
        var (exitCode, stderr) = await ToolsetServerProcess.RunToExitAsync([], new Dictionary<string, string?> { ["CSMCP_TOOLSETS"] = "core,churn" });

        Assert.Equal(2, exitCode);
        Assert.Contains("Unknown toolset 'churn' in --toolsets (env CSMCP_TOOLSETS).", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_calls_are_not_counted_in_tool_metrics()
    {
        var metricsPort = FreePort.Next();
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--read-only"], new Dictionary<string, string?>
        {
            ["PROMETHEUS_ENABLED"] = "true",
            ["METRICS_HOST"] = "127.0.0.1",
            ["METRICS_PORT"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.True((await server.Client.CallToolAsync("register_client", RegisterArguments())).IsError);
        Assert.False((await server.Client.CallToolAsync("list_clients", new Dictionary<string, object?>())).IsError is true);

        using var http = new HttpClient();
        var metrics = await http.GetStringAsync(new Uri($"http://127.0.0.1:{metricsPort}/metrics"));
        Assert.Contains("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"success\"} 0", metrics, StringComparison.Ordinal);
        Assert.Contains("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"error\"} 0", metrics, StringComparison.Ordinal);
        Assert.Contains("cs_mcp_tool_execution_total{tool_name=\"list_clients\",status=\"success\"} 1", metrics, StringComparison.Ordinal);
        Assert.Contains("cs_mcp_errors_total{error_type=\"validation\"} 0", metrics, StringComparison.Ordinal);
    }

    internal static async Task<string[]> ToolNames(McpClient client) =>
        [.. (await client.ListToolsAsync()).Select(t => t.Name)];

    internal static string Text(CallToolResult result) => Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;

    internal static Dictionary<string, object?> RegisterArguments() => new()
    {
        ["client_name"] = "Acme Analytics",
        ["company_name"] = "Acme Analytics Inc.",
        ["industry"] = "Software",
        ["contract_value"] = 120000,
        ["contract_start_date"] = "2025-01-01",
        ["contract_end_date"] = "2026-01-01",
        ["primary_contact_email"] = "ops@acme-analytics.test",
    };

    internal static JsonElement Structured(CallToolResult result) => result.StructuredContent ?? throw new InvalidOperationException("No structured content.");
}
