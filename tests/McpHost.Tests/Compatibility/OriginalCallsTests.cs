using CsMcp.McpHost.Tests.Support;
using CsMcp.McpHost.Tests.ToolAccess;
using ModelContextProtocol.Client;

namespace CsMcp.McpHost.Tests.Compatibility;

/// <summary>
/// Calls that were valid against the original server stay valid: for every original tool this server has, its minimal call
/// and its all-defaults call, through a real MCP client over stdio, on the demo portfolio, with every toolset served. Rows
/// appear by themselves when a tool with an original name joins the catalogue.
/// </summary>
public sealed class OriginalCallsTests(OriginalCallsTests.DemoServer server) : IClassFixture<OriginalCallsTests.DemoServer>
{
    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        var catalogue = CatalogToolNames();
        foreach (var tool in OriginalCalls.ToolNames.Where(catalogue.Contains))
        {
            rows.Add(tool, OriginalCalls.Minimal);
            rows.Add(tool, OriginalCalls.AllDefaults);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_original_call_succeeds(string tool, string variant)
    {
        var samples = await server.SamplesAsync();
        var arguments = OriginalCalls.Arguments(tool, variant, samples, server.Today);

        var result = await server.Client.CallToolAsync(tool, arguments);

        Assert.True(result.IsError is not true,
            $"{tool} ({variant}) with {OriginalCallSamples.Describe(arguments)} failed: {ToolCalls.Text(result)}");
        Assert.NotNull(result.StructuredContent);
    }

    [Fact]
    public void Every_original_tool_that_exists_has_its_two_rows() =>
        Assert.Equal(2 * OriginalCalls.ToolNames.Count(CatalogToolNames().Contains), Rows().Count);

    private static HashSet<string> CatalogToolNames() => [.. CatalogNames.All];

    public sealed class DemoServer : IAsyncLifetime
    {
        private OriginalCallSamples? _samples;
        private StdioServer _server = null!;

        public McpClient Client => _server.Client;

        public DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

        public async Task InitializeAsync() => _server = await StdioServer.StartAsync(new Dictionary<string, string?>
        {
            ["CSMCP_DEMO_DATA"] = "true",
            ["PROMETHEUS_ENABLED"] = "false",
            ["CSMCP_TOOLSETS"] = "all",
        });

        public async Task<OriginalCallSamples> SamplesAsync() => _samples ??= await OriginalCallSamples.FromDemoPortfolioAsync(Client, Today);

        public async Task DisposeAsync() => await _server.DisposeAsync();
    }
}
