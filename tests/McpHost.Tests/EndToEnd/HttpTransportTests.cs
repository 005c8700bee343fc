using System.Net;
using System.Text;
using CsMcp.McpHost.Tests.Support;
using CsMcp.McpHost.Tests.ToolAccess;
using ModelContextProtocol.Client;

namespace CsMcp.McpHost.Tests.EndToEnd;

public class HttpTransportTests : IAsyncLifetime
{
    private const string Initialize =
        """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly int _port = FreePort.Next();
    private readonly int _metricsPort = FreePort.Next();
    private ServerProcess _server = null!;

    private Uri Endpoint => new($"http://127.0.0.1:{_port}/mcp");

    public async Task InitializeAsync()
    {
        _server = ServerProcess.Start(["--http", "--port", _port.ToString(System.Globalization.CultureInfo.InvariantCulture)], new Dictionary<string, string?>
        {
            ["CSMCP_DATA_DIR"] = Directory.CreateTempSubdirectory("csmcp-http-").FullName,
            ["METRICS_HOST"] = "127.0.0.1",
            ["METRICS_PORT"] = _metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CSMCP_DEMO_DATA"] = "false",
        });
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!_server.StandardError.Any(l => l.Contains("MCP endpoint (Streamable HTTP)", StringComparison.Ordinal)))
        {
            Assert.False(_server.Process.HasExited, string.Join('\n', _server.StandardError));
            Assert.True(DateTime.UtcNow < deadline, "The HTTP server did not start within 90 s.");
            await Task.Delay(100);
        }
    }

    public Task DisposeAsync()
    {
        _server.Dispose();
        return Task.CompletedTask;
    }

    private HttpRequestMessage Post(string? origin = null, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoint) { Content = new StringContent(Initialize, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        if (host is not null)
            request.Headers.Host = host;
        return request;
    }

    [Fact]
    public async Task An_mcp_client_lists_and_calls_tools_over_streamable_http()
    {
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = Endpoint }));

        var tools = await client.ListToolsAsync();
        var registered = await client.CallOkAsync("register_client", new Dictionary<string, object?> { ["client_name"] = "Hooli", ["company_name"] = "Hooli Inc" });

        Assert.Equal(CatalogNames.Default, tools.Select(t => t.Name));
        Assert.All(tools, t => Assert.NotNull(t.ProtocolTool.Title));
        Assert.StartsWith("cs_", registered.GetProperty("client_id").GetString(), StringComparison.Ordinal);
        var metrics = await MetricsScrape.FromAsync(new Uri($"http://127.0.0.1:{_metricsPort}/metrics"));
        Assert.Equal(1, metrics.Value("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"success\"}"));
    }

    [Theory]
    [InlineData("http://evil.test", HttpStatusCode.Forbidden)]
    [InlineData("https://attacker.invalid:8443", HttpStatusCode.Forbidden)]
    [InlineData("http://localhost:6274", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:3000", HttpStatusCode.OK)]
    public async Task Origin_is_validated_against_dns_rebinding(string origin, HttpStatusCode expected)
    {
        using var response = await Http.SendAsync(Post(origin: origin));

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
            Assert.Contains($"Origin '{origin}' is not allowed. Add it to CSMCP_ALLOWED_ORIGINS.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_host_header_is_rejected()
    {
        using var response = await Http.SendAsync(Post(host: "rebound.attacker.invalid"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Host 'rebound.attacker.invalid' is not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sigterm_stops_the_http_server_with_exit_code_0()
    {
        _server.Terminate();

        Assert.Equal(0, await _server.WaitForExitAsync(TimeSpan.FromSeconds(30)));
    }
}
