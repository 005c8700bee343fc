using System.Globalization;
using System.Text.RegularExpressions;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

/// <summary>The docs describe the metrics, alerts and panels that exist, with the same names, types, labels and buckets.</summary>
public sealed partial class DocumentationTests
{
    private static readonly string MetricsDoc = Repository.ReadText("docs/metrics.md");
    private static readonly string SetupDoc = Repository.ReadText("docs/operations/MONITORING_SETUP.md");
    private static readonly string Runbook = Repository.ReadText("docs/operations/RUNBOOK.md");

    [Fact]
    public void Metric_catalogue_documents_every_metric_with_its_type_labels_and_help()
    {
        foreach (var metric in MetricCatalogue.Metrics)
        {
            var row = TableRow(MetricsDoc, metric.Name);
            Assert.Contains($"| {metric.Type} |", row, StringComparison.Ordinal);
            Assert.All(metric.Labels, label => Assert.Contains($"`{label}`", row, StringComparison.Ordinal));
            if (metric.Labels.Count == 0)
                Assert.Contains("| none |", row, StringComparison.Ordinal);

            var section = Section(MetricsDoc, $"### `{metric.Name}`");
            Assert.Contains(metric.Help, section, StringComparison.Ordinal);
        }

        Assert.Equal(MetricCatalogue.Metrics.Count, TableRows(MetricsDoc).Count(r => r.StartsWith("| `cs_mcp_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Metric_catalogue_lists_the_buckets_each_histogram_exports()
    {
        var exposition = await MetricCatalogue.ExpositionWithOneSeriesEachAsync();

        foreach (var histogram in MetricCatalogue.Metrics.Where(m => m.Type == "histogram"))
        {
            var exported = BucketBound().Matches(exposition)
                .Where(m => m.Groups["name"].Value == histogram.Name && m.Groups["le"].Value != "+Inf")
                .Select(m => double.Parse(m.Groups["le"].Value, CultureInfo.InvariantCulture))
                .ToList();
            var documented = BucketsLine().Match(Section(MetricsDoc, $"### `{histogram.Name}`")).Groups["list"].Value
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(v => double.Parse(v, CultureInfo.InvariantCulture))
                .ToList();

            Assert.NotEmpty(exported);
            Assert.Equal(exported, documented);
            Assert.Equal(0.0005, exported[0]);
        }
    }

    [Fact]
    public void Metric_catalogue_lists_every_error_type()
    {
        Assert.All(ErrorTypes.All, t => Assert.Contains($"`{t}`", MetricsDoc, StringComparison.Ordinal));
        Assert.All(ErrorTypes.All, t => Assert.Contains($"`{t}`", TableRow(SetupDoc, "cs_mcp_errors_total"), StringComparison.Ordinal));
    }

    [Fact]
    public void Monitoring_setup_lists_every_metric_with_its_type_and_labels()
    {
        foreach (var metric in MetricCatalogue.Metrics)
        {
            var row = TableRow(SetupDoc, metric.Name);
            Assert.Contains($"| {metric.Type} |", row, StringComparison.Ordinal);
            Assert.All(metric.Labels, label => Assert.Contains($"`{label}`", row, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Monitoring_setup_lists_every_alert_and_every_panel()
    {
        foreach (var alert in PrometheusRules.LoadAlerts())
        {
            var row = TableRow(SetupDoc, alert.Name);
            Assert.Contains($"| {alert.For} |", row, StringComparison.Ordinal);
            Assert.Contains($"| {alert.Labels["severity"]} |", row, StringComparison.Ordinal);
        }

        Assert.All(GrafanaDashboard.Load().Panels, p => Assert.Contains($"| {p.Title} |", SetupDoc, StringComparison.Ordinal));
    }

    [Fact]
    public void Runbook_has_meaning_first_checks_and_fixes_for_every_alert()
    {
        var alerts = PrometheusRules.LoadAlerts();

        Assert.Equal(alerts.Select(a => a.Name), Level2Heading().Matches(Runbook).Select(m => m.Groups["name"].Value));
        foreach (var alert in alerts)
        {
            var section = Section(Runbook, $"## {alert.Name}");
            Assert.Contains("**Meaning.**", section, StringComparison.Ordinal);
            Assert.Contains("**First checks.**", section, StringComparison.Ordinal);
            Assert.Matches(@"\*\*Fixes[^*]*\.\*\*", section);
        }
    }

    [Fact]
    public void Docs_name_the_metrics_port_the_deployment_uses()
    {
        Assert.Contains("METRICS_PORT=9464", SetupDoc, StringComparison.Ordinal);
        Assert.Contains("METRICS_PORT=9464", Repository.ReadText("deploy/README.md"), StringComparison.Ordinal);
        Assert.Contains("csmcp:9464", Repository.ReadText("deploy/prometheus/prometheus.yml"), StringComparison.Ordinal);
    }

    private static string TableRow(string markdown, string name) =>
        TableRows(markdown).FirstOrDefault(r => r.StartsWith($"| `{name}` |", StringComparison.Ordinal) || r.StartsWith($"| {name} |", StringComparison.Ordinal))
        ?? throw new Xunit.Sdk.XunitException($"No table row for {name}.");

    private static IEnumerable<string> TableRows(string markdown) =>
        markdown.Split('\n').Select(l => l.TrimEnd()).Where(l => l.StartsWith('|'));

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No heading '{heading}'.");
        var level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        var next = markdown.IndexOf("\n" + level, start + heading.Length, StringComparison.Ordinal);
        var nextHigher = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var end = new[] { next, nextHigher, markdown.Length }.Where(i => i > 0).Min();
        return markdown[start..end];
    }

    [GeneratedRegex("^(?<name>[a-z_]+)_bucket\\{[^}]*le=\"(?<le>[^\"]+)\"", RegexOptions.Multiline)]
    private static partial Regex BucketBound();

    [GeneratedRegex("Buckets \\(seconds\\): (?<list>[0-9., ]+)\\.")]
    private static partial Regex BucketsLine();

    [GeneratedRegex("^## (?<name>\\w+)\\s*$", RegexOptions.Multiline)]
    private static partial Regex Level2Heading();
}
