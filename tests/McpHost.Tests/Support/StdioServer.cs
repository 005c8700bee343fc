using System.Collections.Concurrent;
using ModelContextProtocol.Client;

namespace CsMcp.McpHost.Tests.Support;

/// <summary>
/// The real server launched over stdio by the SDK's McpClient, as a desktop client would launch it, with its own
/// data directory and metrics port. Restarting keeps the data directory.
/// </summary>
public sealed class StdioServer : IAsyncDisposable
{
    private readonly Dictionary<string, string?> _environment;

    private StdioServer(string dataDir, int metricsPort, Dictionary<string, string?> environment)
    {
        DataDir = dataDir;
        MetricsPort = metricsPort;
        _environment = environment;
    }

    public string DataDir { get; }
    public int MetricsPort { get; }
    public McpClient Client { get; private set; } = null!;
    public ConcurrentQueue<string> StandardError { get; } = new();
    public Uri MetricsUrl => new($"http://127.0.0.1:{MetricsPort}/metrics");
    public Uri HealthUrl => new($"http://127.0.0.1:{MetricsPort}/health");

    public static async Task<StdioServer> StartAsync(IDictionary<string, string?>? environment = null, string? dataDir = null, int? metricsPort = null)
    {
        var port = metricsPort ?? FreePort.Next();
        var dir = dataDir ?? Directory.CreateTempSubdirectory("csmcp-e2e-").FullName;
        var env = new Dictionary<string, string?>
        {
            ["CSMCP_DATA_DIR"] = dir,
            ["METRICS_HOST"] = "127.0.0.1",
            ["METRICS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["CSMCP_DEMO_DATA"] = "false",
            ["CSMCP_WORKERS"] = "off",
            ["DATABASE_URL"] = null,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
            env[key] = value;

        var server = new StdioServer(dir, port, env);
        await server.ConnectAsync();
        return server;
    }

    public async Task RestartAsync()
    {
        await Client.DisposeAsync();
        await ConnectAsync();
    }

    private async Task ConnectAsync()
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "csmcp",
            Command = "dotnet",
            Arguments = [ServerBinary.DllPath, "--stdio"],
            EnvironmentVariables = _environment,
            StandardErrorLines = StandardError.Enqueue,
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        Client = await McpClient.CreateAsync(transport);
    }

    public async ValueTask DisposeAsync()
    {
        if (Client is not null)
            await Client.DisposeAsync();
    }
}
