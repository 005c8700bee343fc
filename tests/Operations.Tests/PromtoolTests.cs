using CsMcp.Operations.Tests.Support;

namespace CsMcp.Operations.Tests;

/// <summary>The alert rules, their unit tests, the Prometheus config and the metric exposition, checked by the real promtool.</summary>
public sealed class PromtoolTests
{
    private static readonly string PrometheusDirectory = Repository.File("deploy/prometheus");

    private static string Promtool() => ExternalTool.Require("promtool", "prometheus");

    [SkippableFact]
    public async Task Alert_rules_pass_promtool_check_rules()
    {
        var run = await ExternalTool.RunAsync(Promtool(), ["check", "rules", "alerts.yml"], PrometheusDirectory);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains($"SUCCESS: {PrometheusRules.LoadAlerts().Count} rules found", run.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Alert_unit_tests_pass_promtool_test_rules()
    {
        var run = await ExternalTool.RunAsync(Promtool(), ["test", "rules", "alerts.test.yml"], PrometheusDirectory);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("SUCCESS", run.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Prometheus_config_passes_promtool_check_config()
    {
        var run = await ExternalTool.RunAsync(Promtool(), ["check", "config", "prometheus.yml"], PrometheusDirectory);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("SUCCESS: prometheus.yml is valid prometheus config file syntax", run.StandardOutput, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Metric_catalogue_exposition_passes_promtool_check_metrics()
    {
        var exposition = await MetricCatalogue.ExpositionWithOneSeriesEachAsync();

        var run = await ExternalTool.RunAsync(Promtool(), ["check", "metrics"], PrometheusDirectory, exposition);

        Assert.True(run.ExitCode == 0, run.Output + "\n--- exposition\n" + exposition);
        Assert.Equal(string.Empty, run.StandardOutput.Trim() + run.StandardError.Trim());
    }
}
