using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

/// <summary>A panel's red line or zone is where its alert fires: the two files must not drift apart.</summary>
public sealed class ThresholdTests
{
    public static TheoryData<string, string> AlertPanels => new()
    {
        { "SlowToolExecution", "Tool Execution Duration (p50, p95, p99)" },
        { "SlowToolExecution", "Top 10 Slowest Tools (p95)" },
        { "SlowDatabaseQueries", "Database Query Duration (p95)" },
        { "PlatformApiSlow", "Platform API Call Duration (p95)" },
        { "HighMemoryUsage", "Memory Usage" },
        { "LowCacheHitRate", "Cache Hit Rate" },
        { "SlowHealthScoreCalculation", "Health Score Calculation Performance (p95, p99)" },
    };

    private static readonly GrafanaDashboard Dashboard = GrafanaDashboard.Load();
    private static readonly IReadOnlyList<AlertRule> Alerts = PrometheusRules.LoadAlerts();

    [Theory]
    [MemberData(nameof(AlertPanels))]
    public void Panel_threshold_equals_the_alert_threshold(string alertName, string panelTitle)
    {
        var (op, threshold) = PromQl.FirstThreshold(Alerts.Single(a => a.Name == alertName).Expression);
        var steps = Dashboard.Panel(panelTitle).Thresholds.Single(s => s.Any(step => step.Value is not null));

        AssertRedBeyond(op, threshold, steps, panelTitle);
    }

    [Fact]
    public void Success_rate_turns_red_where_HighErrorRate_fires()
    {
        var (op, errorRatio) = PromQl.FirstThreshold(Alerts.Single(a => a.Name == "HighErrorRate").Expression);
        var steps = Dashboard.Panel("Success Rate (%)").Thresholds.Single();

        Assert.Equal((">", 0.01), (op, errorRatio));
        AssertRedBeyond("<", 1 - errorRatio, steps, "Success Rate (%)");
    }

    [Fact]
    public void The_thresholds_are_the_ones_the_issue_names()
    {
        double Threshold(string alert) => PromQl.FirstThreshold(Alerts.Single(a => a.Name == alert).Expression).Value;

        Assert.Equal(0.01, Threshold("HighErrorRate"));
        Assert.Equal(5, Threshold("SlowToolExecution"));
        Assert.Equal(1024 * 1024 * 1024, Threshold("HighMemoryUsage"));
        Assert.Equal(0.7, Threshold("LowCacheHitRate"));
        Assert.Equal(0.05, Threshold("SlowDatabaseQueries"));
        Assert.Equal(("5m", "10m", "15m", "30m"), (For("HighErrorRate"), For("SlowToolExecution"), For("HighMemoryUsage"), For("LowCacheHitRate")));
    }

    private static string For(string alert) => Alerts.Single(a => a.Name == alert).For;

    /// <summary>For "&gt;" alerts the step at the threshold is red; for "&lt;" alerts the base is red and the step at the threshold is not.</summary>
    private static void AssertRedBeyond(string op, double threshold, IReadOnlyList<ThresholdStep> steps, string panel)
    {
        var atThreshold = steps.SingleOrDefault(s => s.Value == threshold)
            ?? throw new Xunit.Sdk.XunitException($"{panel}: no threshold step at {threshold} (steps: {string.Join(", ", steps)}).");
        if (op.StartsWith('>'))
        {
            Assert.Equal("red", atThreshold.Color);
            Assert.All(steps.Where(s => s.Value is null || s.Value < threshold), s => Assert.NotEqual("red", s.Color));
        }
        else
        {
            Assert.Equal("red", steps.Single(s => s.Value is null).Color);
            Assert.NotEqual("red", atThreshold.Color);
            Assert.All(steps.Where(s => s.Value > threshold), s => Assert.NotEqual("red", s.Color));
        }
    }
}
