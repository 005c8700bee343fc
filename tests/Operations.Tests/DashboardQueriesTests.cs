using System.Text;
using System.Text.RegularExpressions;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

public sealed partial class DashboardQueriesTests
{
    private const string ValueTestsTemplate = "tests/Operations.Tests/dashboard-queries.promtool.yml";

    [Fact]
    public void Panels_returns_every_target_of_every_panel_with_variables_substituted()
    {
        var dashboard = GrafanaDashboard.Load();

        var queries = DashboardQueries.Panels();

        Assert.Equal(dashboard.Panels.Sum(p => p.Targets.Count), queries.Count);
        Assert.Equal(20, queries.Count);
        Assert.All(queries, q =>
        {
            Assert.Equal(QuerySource.Panel, q.Source);
            Assert.DoesNotContain("$", q.Expression, StringComparison.Ordinal);
        });
        Assert.Equal(
            "sum by (tool_name, status) (rate(cs_mcp_tool_execution_total{tool_name=~\".*\"}[1m]))",
            queries.Single(q => q.Title == "Tool Execution Rate (req/sec)").Expression);
        Assert.Equal(
            "topk(10, histogram_quantile(0.95, sum by (le, tool_name) (rate(cs_mcp_tool_execution_duration_seconds_bucket{tool_name=~\".*\"}[1h]))) > 0)",
            queries.Single(q => q.Title == "Top 10 Slowest Tools (p95)").Expression);
        Assert.True(queries.Single(q => q.Title == "Top 10 Slowest Tools (p95)").Instant);
        Assert.False(queries.Single(q => q.Title == "Memory Usage").Instant);
    }

    [Fact]
    public void Options_select_one_tool_one_integration_and_other_intervals()
    {
        var options = new DashboardQueryOptions { ToolName = "list_clients", Integration = "zendesk", RateInterval = "5m", Range = "6h" };

        var queries = DashboardQueries.Panels(options);

        Assert.Equal(
            "histogram_quantile(0.95, sum by (le, tool_name) (rate(cs_mcp_tool_execution_duration_seconds_bucket{tool_name=~\"list_clients\"}[5m])))",
            queries.Single(q => q.Title == "Tool Execution Duration (p50, p95, p99)" && q.RefId == "B").Expression);
        Assert.Equal(
            "sum by (integration, endpoint, status) (rate(cs_mcp_platform_api_calls_total{integration=~\"zendesk\"}[5m]))",
            queries.Single(q => q.Title == "Platform API Call Rate").Expression);
        Assert.Equal(
            "topk(10, sum by (tool_name) (increase(cs_mcp_tool_execution_total{tool_name=~\"list_clients\"}[6h])) > 0)",
            queries.Single(q => q.Title == "Most Called Tools").Expression);
    }

    [Fact]
    public void Substitute_handles_plain_braced_and_formatted_variables()
    {
        var options = new DashboardQueryOptions { ToolName = "a|b", Interval = "30s" };

        var text = DashboardQueries.Substitute("x{t=~\"$tool_name\"}[$__rate_interval] ${tool_name} ${tool_name:regex} [$__interval] [${__range}]", options);

        Assert.Equal("x{t=~\"a|b\"}[1m] a|b a|b [30s] [1h]", text);
    }

    [Fact]
    public void Substitute_rejects_a_variable_it_does_not_know()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DashboardQueries.Substitute("rate(x{instance=~\"$instance\"}[5m])", DashboardQueryOptions.Default));

        Assert.Equal("Unknown template variable $instance in: rate(x{instance=~\"$instance\"}[5m])", error.Message);
    }

    [Fact]
    public void Annotations_and_alerts_are_included()
    {
        var annotation = Assert.Single(DashboardQueries.Annotations());
        var alerts = DashboardQueries.Alerts();
        var all = DashboardQueries.All();

        Assert.Equal(new DashboardQuery(QuerySource.Annotation, "Deployments", "annotation", "sum by (job, instance) (resets(cs_mcp_tool_execution_total[2m])) > 0", false), annotation);
        Assert.Equal(PrometheusRules.LoadAlerts().Select(a => a.Name), alerts.Select(a => a.Title));
        Assert.All(alerts, a => Assert.True(a.Instant));
        Assert.Equal("csmcp-availability", alerts.Single(a => a.Title == "CsMcpDown").RefId);
        Assert.Equal(20 + 1 + alerts.Count, all.Count);
        Assert.Equal([QuerySource.Panel, QuerySource.Annotation, QuerySource.Alert], all.Select(q => q.Source).Distinct());
    }

    [Fact]
    public void Variables_are_label_values_lookups()
    {
        Assert.Equal(
            [
                new LabelValuesQuery("tool_name", "cs_mcp_tool_execution_total", "tool_name"),
                new LabelValuesQuery("integration", "cs_mcp_platform_api_calls_total", "integration"),
            ],
            DashboardQueries.Variables());
    }

    [SkippableFact]
    public async Task Every_query_parses_with_promtool()
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");
        var rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        var queries = DashboardQueries.All();
        for (var i = 0; i < queries.Count; i++)
            rules.Append("      - record: csmcp_query_").Append(i).Append("\n        expr: ").Append(YamlQuoted(queries[i].Expression)).Append('\n');
        using var directory = new TemporaryDirectory();
        await File.WriteAllTextAsync(Path.Combine(directory.Path, "queries.yml"), rules.ToString());

        var run = await ExternalTool.RunAsync(promtool, ["check", "rules", "queries.yml"], directory.Path);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"SUCCESS: {queries.Count} rules found", run.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Value_tests_cover_every_panel_target_and_annotation()
    {
        var covered = QueryReference().Matches(Repository.ReadText(ValueTestsTemplate))
            .Select(m => (m.Groups["title"].Value, m.Groups["ref"].Value))
            .ToHashSet();

        var all = DashboardQueries.Panels().Concat(DashboardQueries.Annotations()).Select(q => (q.Title, q.RefId));

        Assert.Empty(all.Except(covered));
    }

    [SkippableFact]
    public async Task Dashboard_queries_compute_the_expected_values_in_promtool()
    {
        var promtool = ExternalTool.Require("promtool", "prometheus");
        var options = new DashboardQueryOptions { RateInterval = "5m", Range = "10m" };
        var queries = DashboardQueries.Panels(options).Concat(DashboardQueries.Annotations(options)).ToList();
        var tests = QueryReference().Replace(Repository.ReadText(ValueTestsTemplate), m =>
        {
            var query = queries.Single(q => q.Title == m.Groups["title"].Value && q.RefId == m.Groups["ref"].Value);
            return "expr: " + YamlQuoted(query.Expression);
        });
        using var directory = new TemporaryDirectory();
        await File.WriteAllTextAsync(Path.Combine(directory.Path, "dashboard.test.yml"), tests);

        var run = await ExternalTool.RunAsync(promtool, ["test", "rules", "dashboard.test.yml"], directory.Path);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    private static string YamlQuoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"expr: query\[(?<title>[^\]]+)\]\[(?<ref>\w+)\]")]
    private static partial Regex QueryReference();
}
