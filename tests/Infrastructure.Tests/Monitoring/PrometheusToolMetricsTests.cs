using CsMcp.Infrastructure.Monitoring;

namespace CsMcp.Infrastructure.Tests.Monitoring;

public class PrometheusToolMetricsTests
{
    private readonly CsMcpMetrics _metrics = new();

    [Fact]
    public void A_finished_call_counts_by_tool_and_status_and_observes_its_duration()
    {
        var tool = new PrometheusToolMetrics(_metrics);

        tool.CallStarted();
        Assert.Equal(1, _metrics.ActiveConnections.Value);
        tool.CallFinished("list_clients", succeeded: true, TimeSpan.FromMilliseconds(3));
        tool.CallStarted();
        tool.CallFinished("list_clients", succeeded: false, TimeSpan.FromMilliseconds(7));

        Assert.Equal(0, _metrics.ActiveConnections.Value);
        Assert.Equal(1, _metrics.ToolExecutions.WithLabels("list_clients", "success").Value);
        Assert.Equal(1, _metrics.ToolExecutions.WithLabels("list_clients", "error").Value);
        Assert.Equal(2, _metrics.ToolDuration.WithLabels("list_clients").Count);
        Assert.Equal(0.010, _metrics.ToolDuration.WithLabels("list_clients").Sum, precision: 9);
    }

    [Fact]
    public void Repeated_calls_accumulate_on_the_same_series_and_create_only_the_status_that_occurred()
    {
        var tool = new PrometheusToolMetrics(_metrics);

        for (var i = 0; i < 3; i++)
        {
            tool.CallStarted();
            tool.CallFinished("get_client_overview", succeeded: true, TimeSpan.FromMilliseconds(2));
        }

        Assert.Equal(["get_client_overview,success"], _metrics.ToolExecutions.GetAllLabelValues().Select(labels => string.Join(',', labels)));
        Assert.Equal(3, _metrics.ToolExecutions.WithLabels("get_client_overview", "success").Value);
        Assert.Equal(3, _metrics.ToolDuration.WithLabels("get_client_overview").Count);
        Assert.Equal(0, _metrics.ActiveConnections.Value);

        tool.CallStarted();
        tool.CallFinished("get_client_overview", succeeded: false, TimeSpan.FromMilliseconds(2));

        Assert.Equal(1, _metrics.ToolExecutions.WithLabels("get_client_overview", "error").Value);
        Assert.Equal(4, _metrics.ToolDuration.WithLabels("get_client_overview").Count);
    }

    [Fact]
    public void Error_types_outside_the_closed_set_are_counted_as_internal()
    {
        var tool = new PrometheusToolMetrics(_metrics);

        tool.ErrorRecorded("validation");
        tool.ErrorRecorded("SqlException: secret connection string");

        Assert.Equal(1, _metrics.Errors.WithLabels("validation").Value);
        Assert.Equal(1, _metrics.Errors.WithLabels("internal").Value);
        Assert.DoesNotContain(_metrics.Errors.GetAllLabelValues(), labels => labels[0].Contains("Sql", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Published_series_appear_at_zero_and_memory_is_refreshed_on_scrape()
    {
        var tool = new PrometheusToolMetrics(_metrics);
        tool.Publish("register_client");
        tool.PublishErrorTypes();

        using var stream = new MemoryStream();
        await _metrics.Registry.CollectAndExportAsTextAsync(stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"error\"} 0", text, StringComparison.Ordinal);
        Assert.Contains("cs_mcp_errors_total{error_type=\"integration_unavailable\"} 0", text, StringComparison.Ordinal);
        Assert.Contains("cs_mcp_tool_execution_duration_seconds_bucket{tool_name=\"register_client\",le=\"0.0005\"} 0", text, StringComparison.Ordinal);
        Assert.True(_metrics.MemoryUsage.Value > 0);
    }
}
