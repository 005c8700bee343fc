using System.Text.RegularExpressions;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

public sealed partial class GrafanaDashboardTests
{
    /// <summary>The original dashboard's 14 panels (reference 5.3), in its layout order, then the workers row.</summary>
    public static readonly string[] RequiredPanels =
    [
        "Tool Execution Rate (req/sec)",
        "Tool Execution Duration (p50, p95, p99)",
        "Error Rate (errors/sec)",
        "Success Rate (%)",
        "Active Connections",
        "Memory Usage",
        "Database Query Duration (p95)",
        "Database Query Rate",
        "Platform API Call Duration (p95)",
        "Platform API Call Rate",
        "Cache Hit Rate",
        "Health Score Calculation Performance (p95, p99)",
        "Top 10 Slowest Tools (p95)",
        "Most Called Tools",
        "Worker Runs",
        "Worker Last Success Age",
    ];

    private static readonly GrafanaDashboard Dashboard = GrafanaDashboard.Load();

    [Fact]
    public void Dashboard_refreshes_every_30s_over_the_last_6h()
    {
        Assert.Equal("30s", Dashboard.Root["refresh"]?.GetValue<string>());
        Assert.Equal("now-6h", Dashboard.Root["time"]?["from"]?.GetValue<string>());
        Assert.Equal("now", Dashboard.Root["time"]?["to"]?.GetValue<string>());
        Assert.Equal("csmcp-performance", Dashboard.Root["uid"]?.GetValue<string>());
    }

    [Fact]
    public void Dashboard_has_the_14_panels_of_the_original_and_the_workers_row_each_with_a_query_and_a_description()
    {
        Assert.Equal(RequiredPanels, Dashboard.Panels.Select(p => p.Title));
        Assert.Equal(Dashboard.Panels.Count, Dashboard.Panels.Select(p => p.Id).Distinct().Count());
        Assert.All(Dashboard.Panels, p =>
        {
            Assert.NotEmpty(p.Targets);
            Assert.All(p.Targets, t => Assert.False(string.IsNullOrWhiteSpace(t.Expression), $"{p.Title} {t.RefId}: empty query."));
            Assert.Equal(p.Targets.Count, p.Targets.Select(t => t.RefId).Distinct().Count());
            Assert.False(string.IsNullOrWhiteSpace(p.Description), $"{p.Title}: no description.");
            Assert.Contains(p.Type, new[] { "timeseries", "stat", "table" });
        });
    }

    [Fact]
    public void Panels_do_not_overlap_on_the_24_column_grid()
    {
        var boxes = Dashboard.Panels.Select(p =>
        {
            var grid = p.Json["gridPos"]!;
            return (p.Title, X: grid["x"]!.GetValue<int>(), Y: grid["y"]!.GetValue<int>(), W: grid["w"]!.GetValue<int>(), H: grid["h"]!.GetValue<int>());
        }).ToList();

        Assert.All(boxes, b => Assert.True(b.X >= 0 && b.W > 0 && b.X + b.W <= 24 && b.H > 0, $"{b.Title} is outside the grid."));
        foreach (var a in boxes)
        {
            foreach (var b in boxes.Where(b => string.CompareOrdinal(b.Title, a.Title) > 0))
            {
                var overlap = a.X < b.X + b.W && b.X < a.X + a.W && a.Y < b.Y + b.H && b.Y < a.Y + a.H;
                Assert.False(overlap, $"'{a.Title}' overlaps '{b.Title}'.");
            }
        }
    }

    [Fact]
    public void Every_histogram_quantile_sums_buckets_by_le()
    {
        var arguments = Dashboard.Panels
            .SelectMany(p => p.Targets.SelectMany(t => PromQl.HistogramQuantileArguments(t.Expression).Select(arg => (p.Title, arg))))
            .ToList();

        Assert.Equal(8, arguments.Count);
        Assert.All(arguments, a =>
        {
            Assert.True(PromQl.IsSumByLe(a.arg), $"{a.Title}: histogram_quantile over '{a.arg}' does not sum buckets by le.");
            Assert.Contains("_bucket", a.arg, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Template_variables_datasource_tool_name_and_integration_are_defined()
    {
        var variables = Dashboard.Variables.ToDictionary(v => v.Name);

        Assert.Equal(["datasource", "tool_name", "integration"], Dashboard.Variables.Select(v => v.Name));
        Assert.Equal("datasource", variables["datasource"].Type);
        Assert.Equal("prometheus", variables["datasource"].Query);
        Assert.Equal("label_values(cs_mcp_tool_execution_total, tool_name)", variables["tool_name"].Query);
        Assert.Equal("label_values(cs_mcp_platform_api_calls_total, integration)", variables["integration"].Query);
        foreach (var name in new[] { "tool_name", "integration" })
        {
            var json = variables[name].Json;
            Assert.True(json["includeAll"]!.GetValue<bool>() && json["multi"]!.GetValue<bool>(), $"${name} must offer All and multiple values.");
            Assert.Equal(".*", json["allValue"]?.GetValue<string>());
            Assert.Equal("${datasource}", json["datasource"]?["uid"]?.GetValue<string>());
        }
    }

    [Fact]
    public void Every_template_variable_is_used_by_the_panels()
    {
        Assert.All(Dashboard.Panels, p =>
        {
            Assert.Equal("${datasource}", p.Json["datasource"]?["uid"]?.GetValue<string>());
            Assert.All(p.Json["targets"]!.AsArray(), t => Assert.Equal("${datasource}", t!["datasource"]?["uid"]?.GetValue<string>()));
        });
        Assert.Contains(Dashboard.Panels, p => p.Targets.Any(t => t.Expression.Contains("tool_name=~\"$tool_name\"", StringComparison.Ordinal)));
        Assert.Contains(Dashboard.Panels, p => p.Targets.Any(t => t.Expression.Contains("integration=~\"$integration\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Deployment_annotation_marks_restarts_from_CsMcp_metrics()
    {
        var deployments = Assert.Single(Dashboard.Annotations, a => a.Name == "Deployments");

        Assert.True(deployments.Json["enable"]!.GetValue<bool>());
        Assert.Equal("${datasource}", deployments.Json["datasource"]?["uid"]?.GetValue<string>());
        Assert.Equal("sum by (job, instance) (resets(cs_mcp_tool_execution_total[2m])) > 0", deployments.Expression);
    }

    [Fact]
    public void Every_panel_and_annotation_query_uses_only_metrics_CsMcp_emits()
    {
        var known = MetricCatalogue.SeriesNames;
        var queries = Dashboard.Panels.SelectMany(p => p.Targets.Select(t => (Name: $"{p.Title} {t.RefId}", t.Expression)))
            .Concat(Dashboard.Annotations.Where(a => a.Expression is not null).Select(a => (a.Name, Expression: a.Expression!)));

        foreach (var (name, expression) in queries)
        {
            var names = PromQl.MetricNames(expression);
            Assert.NotEmpty(names);
            Assert.True(names.IsSubsetOf(known), $"{name} queries {string.Join(", ", names.Except(known))}, which CsMcp does not emit.");
        }
    }

    [Fact]
    public void Template_variables_look_up_labels_of_CsMcp_metrics()
    {
        var lookups = DashboardQueries.Variables();

        Assert.Equal(2, lookups.Count);
        Assert.All(lookups, v =>
        {
            var metric = Assert.Single(MetricCatalogue.Metrics, m => m.Name == v.Metric);
            Assert.Contains(v.Label, metric.Labels);
        });
    }

    [Fact]
    public void Label_matchers_name_labels_the_selected_metric_has()
    {
        var labelsBySeries = MetricCatalogue.Metrics
            .SelectMany(m => m.SeriesNames.Select(s => (Series: s, Labels: m.Labels.Concat(s.EndsWith("_bucket", StringComparison.Ordinal) ? ["le"] : Array.Empty<string>()))))
            .ToDictionary(x => x.Series, x => x.Labels.Concat(["job", "instance"]).ToHashSet(StringComparer.Ordinal));
        var expressions = Dashboard.Panels.SelectMany(p => p.Targets.Select(t => t.Expression))
            .Concat(PrometheusRules.LoadAlerts().Select(a => a.Expression));

        foreach (var expression in expressions)
        {
            foreach (Match selector in Selector().Matches(expression))
            {
                var metric = selector.Groups["metric"].Value;
                if (!labelsBySeries.TryGetValue(metric, out var labels))
                    continue;
                foreach (Match matcher in Matcher().Matches(selector.Groups["matchers"].Value))
                    Assert.True(labels.Contains(matcher.Groups["label"].Value), $"{metric} has no label {matcher.Groups["label"].Value}: {expression}");
            }
        }
    }

    [Fact]
    public void Error_type_matchers_name_only_error_types_CsMcp_emits()
    {
        var expressions = Dashboard.Panels.SelectMany(p => p.Targets.Select(t => t.Expression))
            .Concat(PrometheusRules.LoadAlerts().Select(a => a.Expression));

        var values = expressions.SelectMany(e => ErrorTypeMatcher().Matches(e)).SelectMany(m => m.Groups["values"].Value.Split('|')).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Contains(v, ErrorTypes.All));
    }

    [GeneratedRegex("(?<metric>[a-zA-Z_:][a-zA-Z0-9_:]*)\\{(?<matchers>[^}]*)\\}")]
    private static partial Regex Selector();

    [GeneratedRegex("(?<label>[a-zA-Z_][a-zA-Z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"")]
    private static partial Regex Matcher();

    [GeneratedRegex("error_type\\s*(?:=~|!~|!=|=)\\s*\"(?<values>[^\"]*)\"")]
    private static partial Regex ErrorTypeMatcher();
}
