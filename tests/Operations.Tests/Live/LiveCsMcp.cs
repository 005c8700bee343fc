using System.Globalization;

namespace CsMcp.Operations.Tests.Live;

/// <summary>
/// The built CsMcp serving Streamable HTTP on loopback with its embedded SQLite database (demo portfolio seeded on first
/// start) and /metrics on its own port. It can be restarted on the same ports and data, as a deployment would.
/// </summary>
public sealed class LiveCsMcp : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    private readonly HttpClient _http;
    private readonly Dictionary<string, string?> _environment;
    private LiveProcess _process;

    private LiveCsMcp(HttpClient http, Dictionary<string, string?> environment, int httpPort, int metricsPort, LiveProcess process)
    {
        _http = http;
        _environment = environment;
        HttpPort = httpPort;
        MetricsPort = metricsPort;
        _process = process;
    }

    public int HttpPort { get; }
    public int MetricsPort { get; }
    public Uri McpEndpoint => new($"http://127.0.0.1:{HttpPort}/mcp");
    public Uri MetricsUrl => new($"http://127.0.0.1:{MetricsPort}/metrics");
    private Uri HealthUrl => new($"http://127.0.0.1:{MetricsPort}/health");

    /// <param name="extraEnvironment">Integration settings (base URLs of the fakes, credentials).</param>
    public static async Task<LiveCsMcp> StartAsync(HttpClient http, string dataDirectory, IDictionary<string, string?> extraEnvironment)
    {
        var httpPort = LiveProcess.FreePort();
        var metricsPort = LiveProcess.FreePort();
        var environment = new Dictionary<string, string?>(extraEnvironment)
        {
            ["CSMCP_DATA_DIR"] = dataDirectory,
            ["CSMCP_DEMO_DATA"] = "true",
            ["CSMCP_TOOLSETS"] = "all",

            // The scheduler's first tick at once, so the workers row of the dashboard has series within the check.
            ["CSMCP_WORKERS"] = "on",
            ["CSMCP_WORKERS_START_DELAY_SECONDS"] = "0",
            ["DATABASE_URL"] = null,
            ["METRICS_HOST"] = "127.0.0.1",
            ["METRICS_PORT"] = metricsPort.ToString(CultureInfo.InvariantCulture),
        };
        var process = await LaunchAsync(http, environment, httpPort, metricsPort);
        return new LiveCsMcp(http, environment, httpPort, metricsPort, process);
    }

    /// <summary>Stops the process with SIGTERM and starts it again on the same ports and database.</summary>
    public async Task RestartAsync()
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", _process.Process.Id.ToString(CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using (var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
            await _process.Process.WaitForExitAsync(stopping.Token);
        Assert.Equal(0, _process.Process.ExitCode);
        _process.Dispose();
        _process = await LaunchAsync(_http, _environment, HttpPort, MetricsPort);
    }

    public string Output => string.Join('\n', _process.Output);

    private static async Task<LiveProcess> LaunchAsync(HttpClient http, Dictionary<string, string?> environment, int httpPort, int metricsPort)
    {
        var process = LiveProcess.Start("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "CsMcp.McpHost.dll"), "--http", "--host", "127.0.0.1", "--port", httpPort.ToString(CultureInfo.InvariantCulture)],
            environment);
        await process.WaitUntilReadyAsync(http, new Uri($"http://127.0.0.1:{metricsPort}/health"), StartTimeout);
        return process;
    }

    public void Dispose() => _process.Dispose();
}
