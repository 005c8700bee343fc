using System.Text.Json;
using CsMcp.Infrastructure.DemoData;
using CsMcp.McpHost.Tests.Support;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>calculate_health_score through a real MCP client on the demo portfolio the server seeds on first start.</summary>
public sealed class HealthScoreOverStdioTests
{
    [Fact]
    public async Task A_thriving_and_a_sudden_drop_demo_client_get_their_story_band_and_the_history_is_real()
    {
        await using var server = await StdioServer.StartAsync(new Dictionary<string, string?> { ["CSMCP_DEMO_DATA"] = "true" });
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        var clients = DemoPortfolioGenerator.Create(new DemoPortfolioOptions(), asOf).Clients().ToList();
        var thriving = clients.First(c => c.Story == DemoStory.Thriving).Client.ClientId;
        var drop = clients.First(c => c.Story == DemoStory.SuddenDrop).Client.ClientId;

        var good = (await server.Client.CallOkAsync("calculate_health_score", new() { ["client_id"] = thriving })).GetProperty("client");
        var bad = (await server.Client.CallOkAsync("calculate_health_score", new() { ["client_id"] = drop })).GetProperty("client");

        Assert.Equal("low", good.GetProperty("assessment").GetProperty("risk_level").GetString());
        Assert.Contains(bad.GetProperty("assessment").GetProperty("risk_level").GetString(), new[] { "high", "critical" });
        Assert.Equal(DemoHealthHistoryMonths, good.GetProperty("historical_scores").GetArrayLength());
        Assert.Equal("projected", good.GetProperty("predictions").GetProperty("status").GetString());
        // The seeder stored today's snapshot from the same data, so the first call already finds it unchanged.
        Assert.Equal("unchanged", good.GetProperty("snapshot").GetProperty("status").GetString());

        var again = (await server.Client.CallOkAsync("calculate_health_score", new() { ["client_id"] = thriving })).GetProperty("client");
        Assert.Equal("unchanged", again.GetProperty("snapshot").GetProperty("status").GetString());
        var metrics = await new HttpClient().GetStringAsync(server.MetricsUrl);
        Assert.Contains("cs_mcp_cache_hits_total{cache_type=\"health_score\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_weight_settings_stop_the_server_with_the_variables_named()
    {
        using var server = ServerProcess.Start(["--stdio"], new Dictionary<string, string?>
        {
            ["CSMCP_DATA_DIR"] = Directory.CreateTempSubdirectory("csmcp-weights-").FullName,
            ["CSMCP_DEMO_DATA"] = "false",
            ["HEALTH_SCORE_WEIGHT_USAGE"] = "1.2",
        });

        var exitCode = await server.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(3, exitCode);
        var stderr = string.Join('\n', server.StandardError);
        Assert.Contains("Invalid health score weights: HEALTH_SCORE_WEIGHT_USAGE must be between 0 and 1; got 1.2; "
            + "the HEALTH_SCORE_WEIGHT_* values (usage 1.2, engagement 0.25, support 0.15, satisfaction 0.15, payment 0.10) must sum to 1 (+/- 0.01); they sum to 1.85.",
            stderr, StringComparison.Ordinal);
    }

    private const int DemoHealthHistoryMonths = 11;
}
