using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using Xunit.Abstractions;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>track_cs_metrics through a real MCP client over stdio, on the shared demo-portfolio server (SharedDemoServer).</summary>
[Collection(SharedDemoServerGroup.Name)]
public sealed class CsMetricsOverStdioTests(SharedDemoServer server, ITestOutputHelper output)
{
    private static readonly string[] Metrics =
    [
        "nps", "csat", "ces", "churn_rate", "retention_rate", "expansion_rate", "time_to_value", "feature_adoption", "engagement_score",
        "health_score", "support_satisfaction",
    ];

    [Fact]
    public async Task Every_metric_has_a_real_series_on_the_demo_portfolio()
    {
        var client = server.Client;
        foreach (var metric in Metrics)
        {
            var result = await client.CallOkAsync("track_cs_metrics", Args(("metric_type", metric)));
            var current = result.GetProperty("current_metrics");
            var points = result.GetProperty("trend_data").EnumerateArray().ToList();
            var values = points.Select(p => p.GetProperty("value")).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetDecimal()).ToList();
            output.WriteLine($"{metric}: {current.GetProperty("formatted_value")} n={current.GetProperty("sample_size")} "
                + $"series=[{string.Join(", ", points.Select(p => $"{p.GetProperty("period")}:{p.GetProperty("value")}"))}] "
                + $"health={current.GetProperty("health_status")} benchmarks={result.GetProperty("benchmarks")}");

            Assert.Equal(metric, result.GetProperty("metric_type").GetString());
            Assert.Equal(JsonValueKind.Number, current.GetProperty("value").ValueKind);
            Assert.True(current.GetProperty("sample_size").GetInt32() > 0, metric);
            Assert.Equal(4, points.Count);
            Assert.True(values.Count >= 2, $"{metric} has {values.Count} monthly points with data");
            Assert.Equal(JsonValueKind.Number, result.GetProperty("benchmarks").GetProperty("portfolio_average").ValueKind);
        }
    }

    [Fact]
    public async Task One_client_segmented_weekly_and_a_bad_metric_is_refused()
    {
        var client = server.Client;
        var listed = await client.CallOkAsync("list_clients", Args(("lifecycle_stages", new[] { "active" }), ("limit", 1)));
        var id = listed.GetProperty("clients")[0].GetProperty("client_id").GetString()!;

        var one = await client.CallOkAsync("track_cs_metrics", Args(("metric_type", "health_score"), ("client_id", id), ("granularity", "weekly")));
        Assert.Equal("client", one.GetProperty("scope").GetString());
        Assert.Equal(JsonValueKind.String, one.GetProperty("benchmarks").GetProperty("industry").ValueKind);
        Assert.True(one.GetProperty("trend_data").GetArrayLength() >= 13);

        var segmented = await client.CallOkAsync("track_cs_metrics", Args(("metric_type", "nps"), ("segment_by", new[] { "tier", "industry" })));
        Assert.True(segmented.GetProperty("segmented_data").GetProperty("by_tier").GetArrayLength() >= 3);
        Assert.True(segmented.GetProperty("segmented_data").GetProperty("by_industry").GetArrayLength() >= 3);

        var invalid = await client.CallErrorAsync("track_cs_metrics", Args(("metric_type", "arr"), ("granularity", "hourly")));
        Assert.Contains("- metric_type: 'metric_type' must be one of: nps, csat, ces, churn_rate,", invalid, StringComparison.Ordinal);
        Assert.Contains("- granularity: 'granularity' must be one of: daily, weekly, monthly, quarterly (case-insensitive); got 'hourly'.", invalid, StringComparison.Ordinal);
    }
}
