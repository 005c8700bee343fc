using CsMcp.McpHost.Tests.Support;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// A test class's own server over stdio, started on the demo portfolio it seeds at first start, without the metrics
/// listener: the setup the retention end-to-end classes share.
/// </summary>
public abstract class DemoPortfolioOverStdio : IAsyncLifetime
{
    protected StdioServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await StdioServer.StartAsync(new Dictionary<string, string?>
    {
        ["CSMCP_DEMO_DATA"] = "true",
        ["PROMETHEUS_ENABLED"] = "false",
    });

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
