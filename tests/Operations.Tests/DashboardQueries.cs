using System.Text.RegularExpressions;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

public enum QuerySource
{
    Panel,
    Annotation,
    Alert,
}

/// <summary>
/// One PromQL expression of the operations kit, ready to send to Prometheus's HTTP API
/// (/api/v1/query for <see cref="Instant"/> queries and alerts, /api/v1/query_range otherwise).
/// </summary>
/// <param name="Title">Panel title, annotation name or alert name.</param>
/// <param name="RefId">Grafana's target id within the panel (A, B, ...); the group name for alerts.</param>
public sealed record DashboardQuery(QuerySource Source, string Title, string RefId, string Expression, bool Instant)
{
    public override string ToString() => $"{Source} '{Title}' {RefId}: {Expression}";
}

/// <summary>A template variable filled from label_values(metric, label): /api/v1/label/{Label}/values?match[]={Metric}.</summary>
public sealed record LabelValuesQuery(string Variable, string Metric, string Label);

/// <summary>
/// Values for Grafana's template variables when a dashboard query is run outside Grafana.
/// <see cref="ToolName"/> and <see cref="Integration"/> are inserted into =~ matchers, so they are regular expressions:
/// ".*" is Grafana's "All" (the dashboard's allValue); a single tool name selects that tool.
/// </summary>
public sealed record DashboardQueryOptions
{
    public static DashboardQueryOptions Default { get; } = new();

    public string ToolName { get; init; } = ".*";
    public string Integration { get; init; } = ".*";

    /// <summary>$__rate_interval: Grafana uses max(4 x scrape interval, step); 1m suits a 15 s scrape.</summary>
    public string RateInterval { get; init; } = "1m";

    /// <summary>$__range: the dashboard's time range (tables aggregate over it).</summary>
    public string Range { get; init; } = "1h";

    /// <summary>$__interval: the step Grafana picks for the panel width.</summary>
    public string Interval { get; init; } = "1m";
}

/// <summary>
/// Every query of the Grafana dashboard (panels and annotations, template variables substituted) and every alert
/// expression, so a live check can run them all against a Prometheus that scrapes a running CsMcp.
/// $datasource only selects the data source and never appears in an expression.
/// </summary>
public static partial class DashboardQueries
{
    public static IReadOnlyList<DashboardQuery> Panels(DashboardQueryOptions? options = null, string? dashboardPath = null)
    {
        options ??= DashboardQueryOptions.Default;
        var dashboard = GrafanaDashboard.Load(dashboardPath);
        return dashboard.Panels
            .SelectMany(p => p.Targets.Select(t => new DashboardQuery(QuerySource.Panel, p.Title, t.RefId, Substitute(t.Expression, options), t.Instant)))
            .ToList();
    }

    public static IReadOnlyList<DashboardQuery> Annotations(DashboardQueryOptions? options = null, string? dashboardPath = null)
    {
        options ??= DashboardQueryOptions.Default;
        var dashboard = GrafanaDashboard.Load(dashboardPath);
        return dashboard.Annotations
            .Where(a => a.Expression is not null)
            .Select(a => new DashboardQuery(QuerySource.Annotation, a.Name, "annotation", Substitute(a.Expression!, options), Instant: false))
            .ToList();
    }

    public static IReadOnlyList<DashboardQuery> Alerts(string? rulesPath = null) =>
        PrometheusRules.LoadAlerts(rulesPath)
            .Select(a => new DashboardQuery(QuerySource.Alert, a.Name, a.Group, a.Expression, Instant: true))
            .ToList();

    /// <summary>Panels, then annotations, then alerts.</summary>
    public static IReadOnlyList<DashboardQuery> All(DashboardQueryOptions? options = null) =>
        [.. Panels(options), .. Annotations(options), .. Alerts()];

    /// <summary>The dashboard's query variables (label_values(metric, label)) as label-values look-ups.</summary>
    public static IReadOnlyList<LabelValuesQuery> Variables(string? dashboardPath = null) =>
        GrafanaDashboard.Load(dashboardPath).Variables
            .Where(v => v.Type == "query")
            .Select(v =>
            {
                var m = LabelValues().Match(v.Query);
                if (!m.Success)
                    throw new InvalidOperationException($"Variable ${v.Name} is not label_values(metric, label): {v.Query}");
                return new LabelValuesQuery(v.Name, m.Groups["metric"].Value, m.Groups["label"].Value);
            })
            .ToList();

    /// <summary>Replaces $name and ${name} (optionally ${name:format}); an unknown variable is an error, never left in.</summary>
    public static string Substitute(string expression, DashboardQueryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Variable().Replace(expression, m =>
        {
            var name = m.Groups["braced"].Success ? m.Groups["braced"].Value : m.Groups["plain"].Value;
            return name switch
            {
                "__rate_interval" => options.RateInterval,
                "__range" => options.Range,
                "__interval" => options.Interval,
                "tool_name" => options.ToolName,
                "integration" => options.Integration,
                _ => throw new InvalidOperationException($"Unknown template variable ${name} in: {expression}"),
            };
        });
    }

    [GeneratedRegex(@"\$\{(?<braced>\w+)(?::\w+)?\}|\$(?<plain>\w+)")]
    private static partial Regex Variable();

    [GeneratedRegex(@"^\s*label_values\(\s*(?<metric>[a-zA-Z_:][a-zA-Z0-9_:]*)\s*,\s*(?<label>[a-zA-Z_][a-zA-Z0-9_]*)\s*\)\s*$")]
    private static partial Regex LabelValues();
}
