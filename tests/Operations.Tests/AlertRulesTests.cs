using System.Text.RegularExpressions;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

public sealed partial class AlertRulesTests
{
    private static readonly IReadOnlyList<AlertRule> Alerts = PrometheusRules.LoadAlerts();

    [Fact]
    public void The_alerts_the_issue_requires_exist()
    {
        string[] required =
        [
            "CsMcpDown", "HighErrorRate", "SlowToolExecution", "HighMemoryUsage", "LowCacheHitRate",
            "SlowDatabaseQueries", "PlatformApiErrors", "PlatformApiSlow",
        ];

        Assert.Empty(required.Except(Alerts.Select(a => a.Name)));
        Assert.Equal(Alerts.Count, Alerts.Select(a => a.Name).Distinct().Count());
    }

    [Fact]
    public void Every_alert_has_a_severity_a_summary_a_description_and_a_runbook_link()
    {
        foreach (var alert in Alerts)
        {
            Assert.True(alert.Labels.TryGetValue("severity", out var severity) && severity is "critical" or "warning",
                $"{alert.Name}: severity label must be critical or warning.");
            Assert.Equal("csmcp", alert.Labels.GetValueOrDefault("service"));
            Assert.False(string.IsNullOrWhiteSpace(alert.Annotations.GetValueOrDefault("summary")), $"{alert.Name}: summary missing.");
            Assert.False(string.IsNullOrWhiteSpace(alert.Annotations.GetValueOrDefault("description")), $"{alert.Name}: description missing.");
            Assert.Equal(
                "{{ with $externalLabels.runbook_base_url }}{{ . }}/{{ end }}docs/operations/RUNBOOK.md#" + alert.Name.ToLowerInvariant(),
                alert.Annotations.GetValueOrDefault("runbook_url"));
        }
    }

    [Fact]
    public void Every_runbook_link_points_to_a_section_of_the_runbook()
    {
        var anchors = MarkdownAnchors(Repository.ReadText("docs/operations/RUNBOOK.md"));

        foreach (var alert in Alerts)
        {
            var anchor = alert.Annotations["runbook_url"].Split('#')[^1];
            Assert.True(anchors.Contains(anchor), $"{alert.Name}: RUNBOOK.md has no heading with anchor #{anchor}.");
        }
    }

    [Fact]
    public void Every_alert_queries_only_metrics_CsMcp_emits()
    {
        var known = MetricCatalogue.SeriesNames.Append("up").ToHashSet(StringComparer.Ordinal);

        foreach (var alert in Alerts)
        {
            var names = PromQl.MetricNames(alert.Expression);
            Assert.NotEmpty(names);
            Assert.True(names.IsSubsetOf(known), $"{alert.Name} queries {string.Join(", ", names.Except(known))}, which CsMcp does not emit.");
        }
    }

    [Fact]
    public void Every_histogram_quantile_in_the_alerts_sums_buckets_by_le()
    {
        var quantiles = Alerts.SelectMany(a => PromQl.HistogramQuantileArguments(a.Expression).Select(arg => (a.Name, arg))).ToList();

        Assert.Equal(4, quantiles.Count);
        Assert.All(quantiles, q => Assert.True(PromQl.IsSumByLe(q.arg), $"{q.Name}: {q.arg}"));
    }

    [Fact]
    public void HighErrorRate_excludes_exactly_the_callers_error_types()
    {
        var expression = Alerts.Single(a => a.Name == "HighErrorRate").Expression;

        var excluded = ErrorTypeMatcher().Match(expression).Groups["values"].Value.Split('|');

        Assert.Equal(ErrorTypes.All.Where(ErrorTypes.IsClientError).Order(), excluded.Order());
    }

    [Fact]
    public void Every_alert_fires_on_a_bad_series_and_stays_silent_on_a_good_one()
    {
        var tests = PrometheusRules.LoadUnitTests();

        foreach (var alert in Alerts)
        {
            var cases = tests.Tests.SelectMany(g => g.AlertRuleTest.Where(t => t.Alertname == alert.Name).Select(t => (Group: g, Test: t))).ToList();
            Assert.True(cases.Any(c => c.Test.ExpAlerts.Count > 0), $"{alert.Name}: no unit test where it fires.");
            Assert.True(
                cases.Any(c => c.Test.ExpAlerts.Count == 0 && Duration(c.Test.EvalTime) > Duration(alert.For)),
                $"{alert.Name}: no unit test where it stays silent after its 'for' duration ({alert.For}).");
            Assert.All(cases.Where(c => c.Test.ExpAlerts.Count > 0).SelectMany(c => c.Test.ExpAlerts), expected =>
            {
                Assert.Equal(alert.Labels["severity"], expected.ExpLabels.GetValueOrDefault("severity"));
                Assert.Equal(["description", "runbook_url", "summary"], expected.ExpAnnotations.Keys.Order());
            });
        }
    }

    [Fact]
    public void Ratio_alerts_stay_silent_without_traffic()
    {
        var tests = PrometheusRules.LoadUnitTests();
        var ratioAlerts = Alerts.Where(a => a.Expression.Contains('/', StringComparison.Ordinal)).Select(a => a.Name).ToList();

        Assert.Equal(["HighErrorRate", "LowCacheHitRate", "PlatformApiErrors"], ratioAlerts);
        foreach (var name in ratioAlerts)
        {
            var group = tests.Tests.SingleOrDefault(g => g.Name == $"{name} silent with no traffic")
                ?? throw new Xunit.Sdk.XunitException($"{name}: no unit-test group '{name} silent with no traffic'.");
            Assert.NotEmpty(group.InputSeries);
            Assert.All(group.InputSeries, s => Assert.Matches("^0x[0-9]+$", s.Values));
            Assert.All(group.AlertRuleTest, t => Assert.Empty(t.ExpAlerts));
        }
    }

    internal static HashSet<string> MarkdownAnchors(string markdown) =>
        Heading().Matches(markdown)
            .Select(m => AnchorDrop().Replace(m.Groups["text"].Value.Trim().ToLowerInvariant(), string.Empty).Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    private static TimeSpan Duration(string text)
    {
        var m = DurationPattern().Match(text);
        Assert.True(m.Success, $"Unexpected duration '{text}'.");
        var value = int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return m.Groups["unit"].Value switch
        {
            "s" => TimeSpan.FromSeconds(value),
            "m" => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromHours(value),
        };
    }

    [GeneratedRegex("^#{1,6}\\s+(?<text>.+?)\\s*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex("[^a-z0-9 _-]")]
    private static partial Regex AnchorDrop();

    [GeneratedRegex("^(?<value>[0-9]+)(?<unit>[smh])$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex("error_type!~\"(?<values>[^\"]+)\"")]
    private static partial Regex ErrorTypeMatcher();
}
