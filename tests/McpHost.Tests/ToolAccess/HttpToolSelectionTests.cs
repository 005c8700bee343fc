using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.ToolAccess.StdioToolSelectionTests;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>One HTTP server with the default configuration, shared by the tests of <see cref="HttpToolSelectionTests"/>.</summary>
public sealed class DefaultHttpServer : IAsyncLifetime
{
    internal HttpServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ToolsetServerProcess.StartHttpAsync([]);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Per-request narrowing over Streamable HTTP: X-MCP-* headers and the /mcp/readonly and /mcp/x/{toolset} paths.</summary>
public sealed class HttpToolSelectionTests(DefaultHttpServer fixture) : IClassFixture<DefaultHttpServer>
{
    private static readonly string[] CoreReadTools = ["get_client_overview", "get_client_timeline", "list_clients"];

    private HttpServerProcess Server => fixture.Server;

    [Theory]
    [InlineData("/mcp", false)]
    [InlineData("/mcp/x/core", true)]
    [InlineData("/mcp/x/all", false)]
    public async Task Without_narrowing_a_path_serves_the_servers_selection(string path, bool coreOnly)
    {
        await using var client = await Server.ConnectAsync(path);

        Assert.Equal(coreOnly ? CatalogNames.Core : CatalogNames.Default, await ToolNames(client));
    }

    [Theory]
    [InlineData("/mcp/readonly", false)]
    [InlineData("/mcp/x/core/readonly", true)]
    [InlineData("/mcp/x/default/readonly", false)]
    [InlineData("/mcp/x/core,health,retention/readonly", false)]
    public async Task A_readonly_path_serves_only_read_tools(string path, bool coreOnly)
    {
        await using var client = await Server.ConnectAsync(path);

        Assert.Equal(coreOnly ? CatalogNames.CoreRead : CatalogNames.DefaultRead, await ToolNames(client));
        Assert.Contains("Read-only mode is on", client.ServerInstructions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readonly_header_hides_write_tools_and_refuses_them_naming_the_header()
    {
        await using var client = await Server.ConnectAsync(headers: new Dictionary<string, string> { ["X-MCP-Readonly"] = "true" });

        Assert.Equal(CatalogNames.DefaultRead, await ToolNames(client));
        var refused = await client.CallToolAsync("register_client", RegisterArguments());
        Assert.True(refused.IsError);
        Assert.StartsWith(
            "register_client was not run: CsMcp is in read-only mode (set by the X-MCP-Readonly header (or a /readonly path)), which exposes only tools that read data",
            Text(refused),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Toolsets_tools_and_exclude_headers_compose_like_the_command_line()
    {
        await using var excluding = await Server.ConnectAsync(headers: new Dictionary<string, string>
        {
            ["X-MCP-Toolsets"] = "core",
            ["X-MCP-Exclude-Tools"] = "register_client, update_client_info",
        });
        await using var picking = await Server.ConnectAsync(headers: new Dictionary<string, string> { ["X-MCP-Tools"] = "list_clients,register_client" });

        Assert.Equal(CoreReadTools, await ToolNames(excluding));
        Assert.Equal(["list_clients", "register_client"], await ToolNames(picking));
        var refused = await picking.CallToolAsync("get_client_overview", new Dictionary<string, object?> { ["client_id"] = "cs_1" });
        Assert.Equal(
            "get_client_overview was not run: it belongs to the 'core' toolset, which is not enabled (enabled toolsets: none), so nothing was changed. "
            + "To use it, add 'core' to the X-MCP-Toolsets header (or the /mcp/x/{toolset} path) or add get_client_overview to the X-MCP-Tools header.",
            Text(refused));
    }

    [Fact]
    public async Task Headers_narrow_each_request_independently_on_the_same_server()
    {
        await using var narrow = await Server.ConnectAsync(headers: new Dictionary<string, string> { ["X-MCP-Tools"] = "list_clients" });
        await using var wide = await Server.ConnectAsync();

        Assert.Equal(["list_clients"], await ToolNames(narrow));
        Assert.Equal(CatalogNames.Default, await ToolNames(wide));
        Assert.Equal(["list_clients"], await ToolNames(narrow));
    }

    [Fact]
    public async Task The_output_schemas_header_lists_output_schemas_for_that_request_only()
    {
        await using var asked = await Server.ConnectAsync(headers: new Dictionary<string, string> { ["X-MCP-Output-Schemas"] = "true" });
        await using var plain = await Server.ConnectAsync();

        Assert.All(await asked.ListToolsAsync(), t => Assert.Equal("object", t.ProtocolTool.OutputSchema!.Value.GetProperty("type").GetString()));
        Assert.All(await plain.ListToolsAsync(), t => Assert.Null(t.ProtocolTool.OutputSchema));
    }

    [Theory]
    [InlineData("/mcp", "X-MCP-Toolsets", "core,helth", "Unknown toolset 'helth' in the X-MCP-Toolsets header (or the /mcp/x/{toolset} path). Valid toolsets: all, default, core, onboarding, health, retention, communication, support, expansion, feedback, integrations, autonomous.")]
    [InlineData("/mcp", "X-MCP-Tools", "list_client", "Unknown tool 'list_client' in the X-MCP-Tools header. Valid tools: get_client_overview, get_client_timeline, list_clients, register_client, update_client_info")]
    [InlineData("/mcp", "X-MCP-Exclude-Tools", "drop_tables", "Unknown tool 'drop_tables' in the X-MCP-Exclude-Tools header. Valid tools:")]
    [InlineData("/mcp", "X-MCP-Readonly", "maybe", "X-MCP-Readonly: 'maybe' is not a boolean. Use true or false (also 1/0, yes/no, on/off).")]
    [InlineData("/mcp", "X-MCP-Toolsets", "onboarding", "This request's tool choice leaves no tool to serve (toolsets: onboarding (no tools yet); tools: none; read-only: no). Toolsets that have tools: core (5 tools, 3 read-only)")]
    [InlineData("/mcp/x/expansion", "X-MCP-Tools", "", "This request's tool choice leaves no tool to serve (toolsets: expansion (no tools yet); tools: none; read-only: no).")]
    [InlineData("/mcp/x/nope/readonly", null, null, "Unknown toolset 'nope'")]
    public async Task An_invalid_choice_gets_http_400_with_a_json_rpc_error_listing_the_valid_names(string path, string? header, string? value, string expected)
    {
        using var response = await PostInitialize(path, header, value);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("error");
        Assert.Equal("2.0", body.RootElement.GetProperty("jsonrpc").GetString());
        Assert.Equal(-32600, error.GetProperty("code").GetInt32());
        Assert.StartsWith("Invalid tool selection: ", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(expected, error.GetProperty("data").GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/mcp/readonly")]
    [InlineData("/mcp/x/core")]
    [InlineData("/mcp/x/core/readonly")]
    public async Task Origin_validation_covers_every_mcp_path(string path)
    {
        using var http = new HttpClient();
        using var request = InitializeRequest(path);
        request.Headers.Add("Origin", "http://rebinding.invalid");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostInitialize(string path, string? header, string? value)
    {
        using var http = new HttpClient();
        using var request = InitializeRequest(path);
        if (header is not null)
            request.Headers.Add(header, value);
        return await http.SendAsync(request);
    }

    private HttpRequestMessage InitializeRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Server.Endpoint(path))
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return request;
    }
}
