using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.ToolAccess.StdioToolSelectionTests;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>An HTTP server started with --toolsets core --read-only --exclude-tools get_client_timeline: the ceiling no header can lift.</summary>
public sealed class ReadOnlyHttpServer : IAsyncLifetime
{
    internal HttpServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ToolsetServerProcess.StartHttpAsync(["--toolsets", "core", "--read-only", "--exclude-tools", "get_client_timeline"]);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

/// <summary>Headers and paths narrow the server's own selection and never widen it.</summary>
public sealed class HttpCeilingTests(ReadOnlyHttpServer fixture) : IClassFixture<ReadOnlyHttpServer>
{
    private static readonly string[] ServerTools = ["get_client_overview", "list_clients"];

    private HttpServerProcess Server => fixture.Server;

    [Fact]
    public async Task The_server_configuration_applies_without_headers()
    {
        await using var client = await Server.ConnectAsync();

        Assert.Equal(ServerTools, await ToolNames(client));
        var refused = await client.CallToolAsync("register_client", RegisterArguments());
        Assert.StartsWith("register_client was not run: CsMcp is in read-only mode (set by --read-only (env CSMCP_READ_ONLY))", Text(refused), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("X-MCP-Readonly", "false")]
    [InlineData("X-MCP-Toolsets", "all")]
    [InlineData("X-MCP-Toolsets", "core")]
    public async Task A_header_cannot_turn_read_only_off_or_bring_back_an_excluded_tool(string header, string value)
    {
        await using var client = await Server.ConnectAsync(headers: new Dictionary<string, string> { [header] = value });

        Assert.Equal(ServerTools, await ToolNames(client));
        var refused = await client.CallToolAsync("get_client_timeline", new Dictionary<string, object?> { ["client_id"] = "cs_1" });
        Assert.True(refused.IsError);
        Assert.StartsWith("get_client_timeline was not run: it is excluded by --exclude-tools (env CSMCP_EXCLUDE_TOOLS)", Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_header_can_still_narrow_within_the_ceiling()
    {
        await using var client = await Server.ConnectAsync(headers: new Dictionary<string, string> { ["X-MCP-Exclude-Tools"] = "list_clients" });

        Assert.Equal(["get_client_overview"], await ToolNames(client));
        var refused = await client.CallToolAsync("list_clients", new Dictionary<string, object?>());
        Assert.StartsWith("list_clients was not run: it is excluded by the X-MCP-Exclude-Tools header", Text(refused), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("register_client", "Tool 'register_client' in the X-MCP-Tools header is not available on this server: it changes data and read-only mode is on (--read-only (env CSMCP_READ_ONLY)). Available tools: get_client_overview, list_clients.")]
    [InlineData("get_client_timeline", "Tool 'get_client_timeline' in the X-MCP-Tools header is not available on this server: excluded by --exclude-tools (env CSMCP_EXCLUDE_TOOLS). Available tools: get_client_overview, list_clients.")]
    public async Task Naming_a_tool_the_server_does_not_allow_is_http_400(string tool, string expected)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.Endpoint("/mcp"))
        {
            Content = new StringContent(
                """{"jsonrpc":"2.0","id":1,"method":"tools/list","params":{}}""",
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.Add("X-MCP-Tools", tool);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, body.RootElement.GetProperty("error").GetProperty("data").GetProperty("problems")[0].GetString());
    }
}
