using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using ModelContextProtocol.Client;

namespace CsMcp.McpHost.Tests.Support;

/// <summary>
/// Launches the built server (CsMcp.McpHost.dll, copied next to the tests) as a real process, each with its own
/// SQLite data directory, and connects the SDK's McpClient to it over stdio or Streamable HTTP.
/// The tool-selection variables of the test runner's environment never leak into the server.
/// </summary>
internal static class ToolsetServerProcess
{
    public static string ServerDll { get; } = Path.Combine(AppContext.BaseDirectory, "CsMcp.McpHost.dll");

    private static readonly string[] SelectionVariables =
        ["CSMCP_TOOLSETS", "CSMCP_TOOLS", "CSMCP_EXCLUDE_TOOLS", "CSMCP_READ_ONLY", "CSMCP_DYNAMIC_TOOLSETS", "DATABASE_URL"];

    /// <summary>Starts a stdio server with these arguments and returns a connected client.</summary>
    public static async Task<StdioSession> ConnectStdioAsync(
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        McpClientOptions? clientOptions = null)
    {
        var dataDirectory = CreateDataDirectory();
        var stderr = new StringBuilder();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "csmcp-under-test",
            Command = "dotnet",
            Arguments = [ServerDll, "--stdio", .. arguments],
            EnvironmentVariables = Environment(dataDirectory, environment),
            StandardErrorLines = line => { lock (stderr) stderr.AppendLine(line); },
        });
        try
        {
            var client = await McpClient.CreateAsync(transport, clientOptions, NullLoggerFactory.Instance, Timeout().Token);
            return new StdioSession(client, dataDirectory, stderr);
        }
        catch (Exception exception)
        {
            DeleteQuietly(dataDirectory);
            throw new InvalidOperationException($"The server did not start. Its stderr:\n{stderr}", exception);
        }
    }

    /// <summary>Runs the server to its exit (for startup errors) and returns the exit code and stderr.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunToExitAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dataDirectory = CreateDataDirectory();
        try
        {
            using var process = Start(arguments, dataDirectory, environment);
            process.StandardInput.Close();
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync(Timeout().Token);
            await stdout;
            return (process.ExitCode, await stderr);
        }
        finally
        {
            DeleteQuietly(dataDirectory);
        }
    }

    /// <summary>Starts an HTTP server on a free loopback port and waits until it answers.</summary>
    public static async Task<HttpServerProcess> StartHttpAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var dataDirectory = CreateDataDirectory();
        var port = Support.FreePort.Next();
        var process = Start(["--http", "--port", port.ToString(CultureInfo.InvariantCulture), .. arguments], dataDirectory, environment);
        var server = new HttpServerProcess(process, new Uri($"http://127.0.0.1:{port}"), dataDirectory);
        await server.WaitUntilReadyAsync(Timeout().Token);
        return server;
    }

    /// <summary>A generous bound on each process step so a hung server fails the test instead of stalling the run.</summary>
    public static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(60));

    private static Process Start(IEnumerable<string> arguments, string dataDirectory, IReadOnlyDictionary<string, string?>? environment)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(ServerDll);
        foreach (var argument in arguments)
            startInfo.ArgumentList.Add(argument);
        foreach (var (name, value) in Environment(dataDirectory, environment))
        {
            if (value is null)
                startInfo.Environment.Remove(name);
            else
                startInfo.Environment[name] = value;
        }

        return Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    private static Dictionary<string, string?> Environment(string dataDirectory, IReadOnlyDictionary<string, string?>? overrides)
    {
        var environment = SelectionVariables.ToDictionary(v => v, _ => (string?)null);
        environment["CSMCP_DATA_DIR"] = dataDirectory;
        environment["CSMCP_DEMO_DATA"] = "false";
        environment["CSMCP_WORKERS"] = "off";
        environment["PROMETHEUS_ENABLED"] = "false";
        environment["LOG_LEVEL"] = "Warning";
        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
            environment[name] = value;
        return environment;
    }

    private static string CreateDataDirectory() =>
        Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "csmcp-toolsets-" + Guid.NewGuid().ToString("N"))).FullName;

    internal static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A server that has just exited can hold the SQLite file a moment longer; the temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>A client connected to a stdio server process; disposing closes stdin, which ends the server.</summary>
internal sealed class StdioSession(McpClient client, string dataDirectory, StringBuilder stderr) : IAsyncDisposable
{
    public McpClient Client { get; } = client;

    public string Stderr
    {
        get
        {
            lock (stderr)
                return stderr.ToString();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        ToolsetServerProcess.DeleteQuietly(dataDirectory);
    }
}

/// <summary>An HTTP server process; disposing kills it (by its own process id) and removes its data.</summary>
internal sealed class HttpServerProcess(Process process, Uri baseAddress, string dataDirectory) : IAsyncDisposable
{
    private readonly StringBuilder _stderr = new();

    public Uri BaseAddress { get; } = baseAddress;

    public string Stderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public Uri Endpoint(string path) => new(BaseAddress, path);

    /// <summary>Connects a Streamable HTTP client to a path with optional X-MCP-* headers.</summary>
    public Task<McpClient> ConnectAsync(string path = "/mcp", IDictionary<string, string>? headers = null) =>
        McpClient.CreateAsync(
            new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = Endpoint(path),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = headers,
            }),
            clientOptions: null,
            NullLoggerFactory.Instance,
            ToolsetServerProcess.Timeout().Token);

    internal async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                    _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        using var http = new HttpClient();
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"The HTTP server exited with code {process.ExitCode}. Its stderr:\n{Stderr}");
            try
            {
                // Any HTTP answer means Kestrel is listening; GET /mcp is not mapped in stateless mode.
                using var response = await http.GetAsync(Endpoint("/mcp"), cancellationToken);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        ToolsetServerProcess.DeleteQuietly(dataDirectory);
    }
}
