using CsMcp.McpHost.Tests.Support;
using ModelContextProtocol.Client;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// One server over stdio on the demo portfolio it seeds at first start, with the core, feedback and support toolsets, shared by the
/// feedback and support end-to-end classes: starting it once instead of once per test saves a seed each. Their writes (new feedback, a
/// closed loop, a roadmap status) never change what another class asserts, so the order they run in does not matter.
/// </summary>
public sealed class SharedDemoServer : IAsyncLifetime
{
    private StdioServer _server = null!;

    public McpClient Client => _server.Client;

    public async Task InitializeAsync() => _server = await StdioServer.StartAsync(new Dictionary<string, string?>
    {
        ["CSMCP_DEMO_DATA"] = "true",
        ["PROMETHEUS_ENABLED"] = "false",
        ["CSMCP_TOOLSETS"] = "core,feedback,support",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedDemoServerGroup : ICollectionFixture<SharedDemoServer>
{
    public const string Name = "shared demo server";
}
