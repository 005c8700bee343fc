using System.Text.Json.Nodes;
using CsMcp.McpHost.Tests.Support;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using static CsMcp.McpHost.Tests.ToolAccess.StdioToolSelectionTests;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>--dynamic-toolsets over stdio: the discovery tools, enabling a toolset and the list_changed notification.</summary>
public sealed class DynamicToolsetsTests
{
    private static readonly string[] DiscoveryTools = ["list_available_toolsets", "get_toolset_tools", "enable_toolset"];

    [Fact]
    public async Task Dynamic_mode_starts_with_the_three_discovery_tools_with_full_contracts()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets"],
            new Dictionary<string, string?> { ["CSMCP_OUTPUT_SCHEMAS"] = "true" });

        var tools = await server.Client.ListToolsAsync();

        Assert.Equal(DiscoveryTools, tools.Select(t => t.Name));
        Assert.Equal(["List available toolsets", "List a toolset's tools", "Enable a toolset"], tools.Select(t => t.ProtocolTool.Title));
        Assert.All(tools, t =>
        {
            Assert.True(t.ProtocolTool.Annotations!.ReadOnlyHint);
            Assert.False(t.ProtocolTool.Annotations.DestructiveHint);
            Assert.True(t.ProtocolTool.Annotations.IdempotentHint);
            Assert.False(t.ProtocolTool.Annotations.OpenWorldHint);
            Assert.Equal("object", t.ProtocolTool.InputSchema.GetProperty("type").GetString());
            Assert.Equal("object", t.ProtocolTool.OutputSchema!.Value.GetProperty("type").GetString());
        });
        var toolset = tools.Single(t => t.Name == "enable_toolset").ProtocolTool.InputSchema.GetProperty("properties").GetProperty("toolset");
        Assert.Equal(CatalogNames.ToolsetsWithTools, toolset.GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["toolset"], tools.Single(t => t.Name == "enable_toolset").ProtocolTool.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("list_available_toolsets", server.Client.ServerInstructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_available_toolsets_reports_descriptions_counts_and_state_in_snake_case()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets"]);

        var result = await server.Client.CallToolAsync("list_available_toolsets", new Dictionary<string, object?>());

        var structured = Structured(result);
        var toolsets = structured.GetProperty("toolsets").EnumerateArray().ToList();
        Assert.Equal(
            """{"name":"core","description":"Client accounts: register, update, list and look up clients and follow their timelines.","tool_count":5,"enabled_tool_count":0,"enabled":false}""",
            toolsets[0].GetRawText());
        Assert.Equal(CatalogNames.ToolsetsWithTools, toolsets.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(
            CatalogNames.ToolsetsWithTools.Select(t => CatalogNames.InToolset(t).Length),
            toolsets.Select(t => t.GetProperty("tool_count").GetInt32()));
        Assert.All(toolsets, t => Assert.False(t.GetProperty("enabled").GetBoolean()));
        Assert.Equal(0, structured.GetProperty("enabled_tool_count").GetInt32());
        Assert.False(structured.GetProperty("read_only").GetBoolean());
        Assert.Equal(structured.GetRawText(), Text(result));
    }

    [Fact]
    public async Task A_tool_of_a_toolset_not_enabled_yet_is_refused_with_the_enable_toolset_call_to_make()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets"]);

        var refused = await server.Client.CallToolAsync("list_clients", new Dictionary<string, object?>());

        Assert.True(refused.IsError);
        Assert.Equal(
            "list_clients was not run: it belongs to the 'core' toolset, which is not enabled yet in this session. "
            + "Call enable_toolset with {\"toolset\": \"core\"}, then call list_clients again.",
            Text(refused));
    }

    /// <summary>Clients on the initialize handshake (2025-06-18, what desktop clients use) get the session-wide broadcast.</summary>
    [Fact]
    public async Task Under_the_initialize_handshake_enabling_a_toolset_broadcasts_list_changed_once()
    {
        var notifications = new NotificationRecorder();
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(
            ["--dynamic-toolsets"], clientOptions: notifications.Options("2025-06-18"));

        await AssertEnablingCoreChangesTheListAsync(server.Client, notifications);

        Assert.Equal(0, notifications.Acknowledgements);
    }

    /// <summary>
    /// From the 2026-07-28 revision (the C# SDK's default) there is no session-wide broadcast: per SEP-2575 a server sends
    /// list_changed only on a subscriptions/listen stream that asked for it, tagged with that stream's id.
    /// </summary>
    [Fact]
    public async Task Under_the_subscription_protocol_list_changed_arrives_on_the_tools_subscription()
    {
        var notifications = new NotificationRecorder();
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets"], clientOptions: notifications.Options(null));
        Assert.Equal("2026-07-28", server.Client.NegotiatedProtocolVersion);
        using var listening = new CancellationTokenSource();
        var listen = server.Client.SendRequestAsync(
            new JsonRpcRequest
            {
                Id = new RequestId("tools-listen"),
                Method = RequestMethods.SubscriptionsListen,
                Params = JsonNode.Parse("""{"notifications":{"toolsListChanged":true}}"""),
            },
            listening.Token);

        var acknowledged = await notifications.Acknowledged.Task.WaitAsync(ToolsetServerProcess.Timeout().Token);
        Assert.True(acknowledged?["notifications"]?["toolsListChanged"]?.GetValue<bool>());
        var changed = await AssertEnablingCoreChangesTheListAsync(server.Client, notifications);

        Assert.Equal("tools-listen", changed?["_meta"]?["io.modelcontextprotocol/subscriptionId"]?.GetValue<string>());
        await listening.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listen);
    }

    private static async Task<JsonNode?> AssertEnablingCoreChangesTheListAsync(McpClient client, NotificationRecorder notifications)
    {
        var enabled = await client.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "core" });
        var changed = await notifications.ListChanged.Task.WaitAsync(ToolsetServerProcess.Timeout().Token);

        Assert.Equal(
            """{"toolset":"core","enabled_tools":["get_client_overview","get_client_timeline","list_clients","register_client","update_client_info"],"already_enabled":[],"enabled_tool_count":5,"message":"Enabled 5 tools of \u0027core\u0027. The tool list changed; list the tools again to see their schemas."}""",
            Structured(enabled).GetRawText());
        var listed = await ToolNames(client);
        Assert.Equal([.. DiscoveryTools, "get_client_overview", "get_client_timeline", "list_clients", "register_client", "update_client_info"], listed);
        Assert.False((await client.CallToolAsync("list_clients", new Dictionary<string, object?>())).IsError is true);

        var again = await client.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "CORE" });
        Assert.Equal("Toolset 'core' was already enabled; the tool list did not change.", Structured(again).GetProperty("message").GetString());
        Assert.Equal(1, notifications.ListChangedCount);
        return changed;
    }

    /// <summary>Records the list_changed and subscription acknowledgement notifications a client receives.</summary>
    private sealed class NotificationRecorder
    {
        private int _listChanged;
        private int _acknowledgements;

        public TaskCompletionSource<JsonNode?> ListChanged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<JsonNode?> Acknowledged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int ListChangedCount => Volatile.Read(ref _listChanged);

        public int Acknowledgements => Volatile.Read(ref _acknowledgements);

        /// <remarks>
        /// A generous discovery probe: when server/discover is not answered within the probe timeout (a loaded machine
        /// starting the server) the SDK falls back to the initialize handshake, which is not the path under test.
        /// </remarks>
        public McpClientOptions Options(string? protocolVersion) => new()
        {
            ProtocolVersion = protocolVersion,
            DiscoverProbeTimeout = TimeSpan.FromSeconds(90),
            InitializationTimeout = TimeSpan.FromSeconds(120),
            Handlers = new McpClientHandlers
            {
                NotificationHandlers =
                [
                    new(NotificationMethods.ToolListChangedNotification, (notification, _) =>
                    {
                        Interlocked.Increment(ref _listChanged);
                        ListChanged.TrySetResult(notification.Params?.DeepClone());
                        return ValueTask.CompletedTask;
                    }),
                    new(NotificationMethods.SubscriptionsAcknowledgedNotification, (notification, _) =>
                    {
                        Interlocked.Increment(ref _acknowledgements);
                        Acknowledged.TrySetResult(notification.Params?.DeepClone());
                        return ValueTask.CompletedTask;
                    }),
                ],
            },
        };
    }

    [Fact]
    public async Task Dynamic_read_only_enables_only_read_tools_and_says_why_the_others_are_unavailable()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets", "--read-only"]);

        var described = Structured(await server.Client.CallToolAsync("get_toolset_tools", new Dictionary<string, object?> { ["toolset"] = "core" }));
        var enabled = Structured(await server.Client.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "core" }));

        Assert.Equal(["get_client_overview", "get_client_timeline", "list_clients"], described.GetProperty("tools").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.All(described.GetProperty("tools").EnumerateArray(), t => Assert.False(t.GetProperty("enabled").GetBoolean()));
        Assert.Equal(
            """[{"name":"register_client","reason":"it changes data and read-only mode is on (--read-only (env CSMCP_READ_ONLY))"},{"name":"update_client_info","reason":"it changes data and read-only mode is on (--read-only (env CSMCP_READ_ONLY))"}]""",
            described.GetProperty("unavailable").GetRawText());
        Assert.Equal(["get_client_overview", "get_client_timeline", "list_clients"], enabled.GetProperty("enabled_tools").EnumerateArray().Select(e => e.GetString()));
        var listed = await ToolNames(server.Client);
        Assert.Equal([.. DiscoveryTools, "get_client_overview", "get_client_timeline", "list_clients"], listed);
        var refused = await server.Client.CallToolAsync("register_client", RegisterArguments());
        Assert.True(refused.IsError);
        Assert.StartsWith("register_client was not run: CsMcp is in read-only mode", Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toolsets_named_at_startup_start_enabled_in_dynamic_mode()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets", "--tools", "list_clients"]);

        var listed = await ToolNames(server.Client);
        Assert.Equal([.. DiscoveryTools, "list_clients"], listed);
        var summary = Structured(await server.Client.CallToolAsync("list_available_toolsets", new Dictionary<string, object?>()));
        var core = summary.GetProperty("toolsets")[0];
        Assert.Equal(1, core.GetProperty("enabled_tool_count").GetInt32());
        Assert.False(core.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task Enable_toolset_with_an_unknown_toolset_is_an_argument_error_listing_the_toolsets()
    {
        await using var server = await ToolsetServerProcess.ConnectStdioAsync(["--dynamic-toolsets"]);

        var refused = await server.Client.CallToolAsync("enable_toolset", new Dictionary<string, object?> { ["toolset"] = "billing" });
        var missing = await server.Client.CallToolAsync("get_toolset_tools", new Dictionary<string, object?>());

        Assert.True(refused.IsError);
        Assert.Equal(
            $"Invalid arguments for enable_toolset:\n- toolset: 'billing' is not a toolset with tools. Valid toolsets: {string.Join(", ", CatalogNames.ToolsetsWithTools)}. "
            + "Call list_available_toolsets to see them.\nCorrect these arguments and call enable_toolset again.",
            Text(refused));
        Assert.True(missing.IsError);
        Assert.Contains("- toolset: 'toolset' is required (a string).", Text(missing), StringComparison.Ordinal);
        Assert.Equal(DiscoveryTools, await ToolNames(server.Client));
    }
}
