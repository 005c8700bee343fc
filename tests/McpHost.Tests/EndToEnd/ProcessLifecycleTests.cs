using System.Net;
using System.Text.Json;
using CsMcp.McpHost.Tests.Support;

namespace CsMcp.McpHost.Tests.EndToEnd;

public class ProcessLifecycleTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private static Dictionary<string, string?> Environment(int metricsPort, string? dataDir = null) => new()
    {
        ["CSMCP_DATA_DIR"] = dataDir ?? Directory.CreateTempSubdirectory("csmcp-proc-").FullName,
        ["METRICS_HOST"] = "127.0.0.1",
        ["METRICS_PORT"] = metricsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["CSMCP_DEMO_DATA"] = "false",
    };

    [Fact]
    public async Task Health_reports_the_database_version_and_uptime_as_json()
    {
        await using var server = await StdioServer.StartAsync();

        using var response = await Http.GetAsync(server.HealthUrl);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("checks").GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal($"SQLite {Path.Combine(server.DataDir, "csmcp.db")}", health.GetProperty("checks").GetProperty("database").GetProperty("target").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", health.GetProperty("version").GetString());
        Assert.True(health.GetProperty("uptime_seconds").GetDouble() >= 0);
        var integrations = health.GetProperty("checks").GetProperty("integrations");
        Assert.Equal(["zendesk", "intercom", "mixpanel", "sendgrid"], integrations.EnumerateObject().Select(p => p.Name));
        Assert.All(integrations.EnumerateObject(), p => Assert.False(p.Value.GetProperty("configured").GetBoolean()));
        Assert.All(integrations.EnumerateObject(), p => Assert.Equal("closed", p.Value.GetProperty("circuit").GetString()));
        Assert.Equal("not configured: set INTERCOM_ACCESS_TOKEN", integrations.GetProperty("intercom").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_second_server_finding_the_metrics_port_taken_warns_and_keeps_serving_mcp()
    {
        await using var first = await StdioServer.StartAsync();
        await using var second = await StdioServer.StartAsync(metricsPort: first.MetricsPort);

        var tools = await second.Client.ListToolsAsync();

        Assert.Contains(tools, t => t.Name == "list_clients");
        Assert.Contains(second.StandardError, line => line.Contains($"Metrics server not started on http://127.0.0.1:{first.MetricsPort}", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync(first.HealthUrl)).StatusCode);
    }

    [Fact]
    public async Task Closing_stdin_ends_the_stdio_server_with_exit_code_0_and_stdout_carries_only_json_rpc()
    {
        using var server = ServerProcess.Start(["--stdio"], Environment(FreePort.Next()));
        await server.Process.StandardInput.WriteLineAsync(
            """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"t","version":"1"}}}""");
        var first = await server.Process.StandardOutput.ReadLineAsync();
        server.Process.StandardInput.Close();

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(20));
        var rest = await server.Process.StandardOutput.ReadToEndAsync();

        Assert.Equal(0, exitCode);
        Assert.Equal("csmcp", JsonDocument.Parse(first!).RootElement.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
        Assert.Equal(string.Empty, rest.Trim());
    }

    [Fact]
    public async Task Metrics_pass_promtool_check_metrics()
    {
        Promtool.SkipUnlessAvailable();
        await using var server = await StdioServer.StartAsync();
        await server.Client.CallToolAsync("list_clients", new Dictionary<string, object?>());

        var (exitCode, output) = await Promtool.CheckMetricsAsync((await MetricsScrape.FromAsync(server.MetricsUrl)).Text);

        Assert.True(exitCode == 0, output);
    }
}
