using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>The worker-control tools through a real MCP client over stdio, on the demo portfolio the server seeds at first start.</summary>
public sealed class WorkerToolsOverStdioTests : IAsyncLifetime
{
    private StdioServer _server = null!;

    public async Task InitializeAsync() => _server = await StdioServer.StartAsync(new Dictionary<string, string?>
    {
        ["CSMCP_DEMO_DATA"] = "true",
        ["PROMETHEUS_ENABLED"] = "false",
        ["CSMCP_TOOLSETS"] = "core,autonomous",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Triggered_workers_find_real_things_in_the_demo_portfolio()
    {
        var client = _server.Client;

        var churn = await client.CallOkAsync("trigger_worker_now", Args(("worker_name", "churn_risk_monitor")));
        Assert.Equal("success", churn.GetProperty("status").GetString());
        Assert.True(churn.GetProperty("findings_count").GetInt32() > 0);
        Assert.All(churn.GetProperty("findings").EnumerateArray(), f =>
        {
            Assert.StartsWith("cs_", f.GetProperty("client_id").GetString(), StringComparison.Ordinal);
            Assert.True(f.GetProperty("figures").GetProperty("health_score").GetDecimal() < 60);
        });
        Assert.Equal("not notified: no channel configured", churn.GetProperty("notification").GetString());

        var sla = await client.CallOkAsync("trigger_worker_now", Args(("worker_name", "support_sla_tracker")));
        Assert.True(sla.GetProperty("findings_count").GetInt32() > 0);

        var again = await client.CallOkAsync("trigger_worker_now", Args(("worker_name", "churn_risk_monitor")));
        Assert.Equal((churn.GetProperty("findings_count").GetInt32(), 0), (again.GetProperty("findings_count").GetInt32(), again.GetProperty("new_alerts").GetInt32()));

        var status = await client.CallOkAsync("get_autonomous_status", Args());
        Assert.False(status.GetProperty("enabled").GetBoolean());
        Assert.NotEmpty(status.GetProperty("recent_alerts").EnumerateArray());
        var id = churn.GetProperty("findings")[0].GetProperty("client_id").GetString()!;
        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", id)));
        Assert.Contains(timeline.GetProperty("events").EnumerateArray(), e => e.GetProperty("category").GetString() == "worker_alert");

        var disabled = await client.CallErrorAsync("trigger_worker_now", Args(("worker_name", "upsell_detector")));
        Assert.Contains("upsell_detector is disabled", disabled, StringComparison.Ordinal);
        var unknown = await client.CallErrorAsync("get_worker_config", Args(("worker_name", "churn")));
        Assert.Contains("churn_risk_monitor, usage_drop_alerts", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configuration_survives_a_restart()
    {
        var configured = await _server.Client.CallOkAsync("configure_autonomous_worker",
            Args(("worker_name", "upsell_detector"), ("enabled", true), ("params", new Dictionary<string, object?> { ["health_score_min"] = 70 })));
        Assert.Equal("Worker upsell_detector enabled", configured.GetProperty("message").GetString());

        await _server.RestartAsync();
        var config = await _server.Client.CallOkAsync("get_worker_config", Args(("worker_name", "upsell_detector")));
        Assert.True(config.GetProperty("config").GetProperty("enabled").GetBoolean());
        Assert.Equal(70, config.GetProperty("config").GetProperty("params").GetProperty("health_score_min").GetInt32());

        var upsell = await _server.Client.CallOkAsync("trigger_worker_now", Args(("worker_name", "upsell_detector")));
        Assert.Equal("success", upsell.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Read_only_mode_serves_the_readers_and_refuses_the_writers()
    {
        await using var server = await StdioServer.StartAsync(new Dictionary<string, string?>
        {
            ["PROMETHEUS_ENABLED"] = "false",
            ["CSMCP_TOOLSETS"] = "autonomous",
            ["CSMCP_READ_ONLY"] = "true",
        });

        var tools = (await server.Client.ListToolsAsync()).Select(t => t.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["get_autonomous_status", "get_worker_config", "list_available_workers"], tools);
        var refused = await server.Client.CallErrorAsync("configure_autonomous_worker", Args(("worker_name", "churn_risk_monitor"), ("enabled", false)));
        Assert.Contains("configure_autonomous_worker was not run: CsMcp is in read-only mode", refused, StringComparison.Ordinal);
        var config = await server.Client.CallOkAsync("get_worker_config", Args(("worker_name", "churn_risk_monitor")));
        Assert.True(config.GetProperty("config").GetProperty("enabled").GetBoolean());
    }
}
