using System.Text;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests.Live;

/// <summary>
/// The operations kit against the real thing: CsMcp over HTTP with the demo portfolio and the integration fakes, a real
/// Prometheus scraping it with the shipped alert rules, a deterministic tool mix, a restart (the deployment annotation),
/// then every dashboard query, every template variable and every alert rule through Prometheus's HTTP API.
/// </summary>
public sealed class LiveCheckTests
{
    private static readonly TimeSpan ScrapeWait = TimeSpan.FromSeconds(90);

    /// <summary>
    /// What the mix must have moved, so a panel cannot pass on series that exist but never changed. max_over_time, not
    /// increase: a labelled counter is born at its first increment, and increase() does not count a series' first sample.
    /// </summary>
    private static readonly string[] MixEffects =
    [
        """sum(max_over_time(cs_mcp_tool_execution_total{status="success"}[10m]))""",
        """sum(max_over_time(cs_mcp_tool_execution_total{status="error"}[10m]))""",
        """sum(max_over_time(cs_mcp_errors_total{error_type="validation"}[10m]))""",
        """sum(max_over_time(cs_mcp_errors_total{error_type="not_found"}[10m]))""",
        """sum(max_over_time(cs_mcp_errors_total{error_type="conflict"}[10m]))""",
        "sum(max_over_time(cs_mcp_database_query_total[10m]))",
        "sum(max_over_time(cs_mcp_cache_hits_total[10m]))",
        "sum(max_over_time(cs_mcp_cache_misses_total[10m]))",
        "sum(max_over_time(cs_mcp_health_score_calculation_seconds_count[10m]))",
        """sum(max_over_time(cs_mcp_platform_api_calls_total{status=~"2.."}[10m]))""",
        """sum(max_over_time(cs_mcp_platform_api_calls_total{status!~"2.."}[10m]))""",
    ];

    [SkippableFact]
    public async Task Every_dashboard_query_variable_and_alert_rule_works_against_a_live_server()
    {
        var prometheusBinary = ExternalTool.Require("prometheus", "prometheus");
        var promtool = ExternalTool.Require("promtool", "prometheus");
        using var directory = new TemporaryDirectory();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var data = Directory.CreateDirectory(Path.Combine(directory.Path, "data")).FullName;
        using var fakes = new LiveIntegrationFakes();
        using var csmcp = await LiveCsMcp.StartAsync(http, data, fakes.Environment);
        using var prometheus = await LivePrometheus.StartAsync(prometheusBinary, csmcp.MetricsPort, directory.Path, http);
        await prometheus.WaitForAsync("""up{job="csmcp"}""", 1, ScrapeWait);

        var before = await LiveToolMix.RunAsync(csmcp.McpEndpoint, "before restart");
        await prometheus.WaitForAsync("sum(cs_mcp_tool_execution_total)", before, ScrapeWait);
        await csmcp.RestartAsync();
        var after = await LiveToolMix.RunAsync(csmcp.McpEndpoint, "after restart");
        await prometheus.WaitForAsync("sum(cs_mcp_tool_execution_total)", after, ScrapeWait);
        await prometheus.WaitForAsync("count(resets(cs_mcp_tool_execution_total[2m]) > 0)", 1, ScrapeWait);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var failures = new List<string>();
        foreach (var effect in MixEffects)
        {
            var (_, result, error) = await prometheus.QueryAsync(effect + " > 0");
            if (error is not null || result.GetArrayLength() == 0)
                failures.Add($"The tool mix did not move {effect} {error}");
        }

        foreach (var query in DashboardQueries.All(new DashboardQueryOptions { RateInterval = "1m", Range = "10m" }))
        {
            var (status, result, error) = query.Instant || query.Source == QuerySource.Alert
                ? await prometheus.QueryAsync(query.Expression)
                : await prometheus.QueryRangeAsync(query.Expression, TimeSpan.FromMinutes(5), TimeSpan.FromSeconds(5));
            if (status != "success")
                failures.Add($"{query}\n    error: {error}");
            else if (query.Source != QuerySource.Alert && result.GetArrayLength() == 0)
                failures.Add($"{query}\n    returned no series");
        }

        foreach (var variable in DashboardQueries.Variables())
        {
            if ((await prometheus.LabelValuesAsync(variable.Label, variable.Metric)).Count == 0)
                failures.Add($"Variable ${variable.Variable}: label_values({variable.Metric}, {variable.Label}) returned no values");
        }

        var rules = await prometheus.WaitForRulesEvaluatedAsync(ScrapeWait);
        Assert.Equal(DashboardQueries.Alerts().Select(a => a.Title).Order(), rules.Select(r => r.Name).Order());
        failures.AddRange(rules.Where(r => r.Health != "ok").Select(r => $"Alert rule {r.Name}: health {r.Health}, error {r.Error}"));

        var exposition = await http.GetStringAsync(csmcp.MetricsUrl);
        var check = await ExternalTool.RunAsync(promtool, ["check", "metrics"], directory.Path, exposition);
        if (check.ExitCode != 0)
            failures.Add($"promtool check metrics on the live /metrics: {check.Output}");

        Assert.True(failures.Count == 0, Report(failures, csmcp));
    }

    private static string Report(List<string> failures, LiveCsMcp csmcp)
    {
        var text = new StringBuilder().AppendLine($"{failures.Count} live check failure(s):");
        foreach (var failure in failures)
            text.AppendLine(failure);
        text.AppendLine("Last sync_integrations result:").AppendLine(LiveToolMix.SyncReport);
        return text.AppendLine("CsMcp output (last run):").Append(csmcp.Output).ToString();
    }
}
