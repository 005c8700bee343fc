using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>The five segmentation and lifecycle tools through a real MCP client over stdio, on the demo portfolio seeded at first start.</summary>
public class HealthSegmentationOverStdioTests : IAsyncLifetime
{
    private StdioServer _server = null!;

    public async Task InitializeAsync() => _server = await StdioServer.StartAsync(new Dictionary<string, string?> { ["CSMCP_DEMO_DATA"] = "true" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static int Sum(JsonElement map) => map.EnumerateObject().Sum(p => p.Value.GetInt32());

    [Fact]
    public async Task Segments_tiers_adoption_and_milestones_cover_the_whole_demo_portfolio()
    {
        var client = _server.Client;
        var portfolio = await client.CallOkAsync("list_clients", Args(("limit", 1)));
        var total = portfolio.GetProperty("pagination").GetProperty("total_count").GetInt32();
        Assert.Equal(200, total);

        var value = await client.CallOkAsync("segment_customers", Args(("segmentation_type", "value_based"), ("min_segment_size", 1)));
        var segmented = value.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("client_count").GetInt32());
        var unsegmented = value.GetProperty("unsegmented");
        Assert.Equal(total, value.GetProperty("total_clients_analyzed").GetInt32());
        Assert.Equal(total, segmented + unsegmented.GetProperty("not_matched").GetInt32() + unsegmented.GetProperty("in_segments_below_min_size").GetInt32());
        Assert.Equal(segmented, value.GetProperty("pagination").GetProperty("total_count").GetInt32());

        var lifecycle = await client.CallOkAsync("segment_customers", Args(("segmentation_type", "lifecycle"), ("min_segment_size", 1), ("limit", 5)));
        Assert.Equal(total, lifecycle.GetProperty("segments").EnumerateArray().Sum(s => s.GetProperty("client_count").GetInt32()));
        Assert.Equal(5, lifecycle.GetProperty("members").GetArrayLength());

        var tiers = await client.CallOkAsync("segment_by_value_tier", Args());
        Assert.Equal(total, tiers.GetProperty("tiers").EnumerateArray().Sum(t => t.GetProperty("client_count").GetInt32()));
        Assert.Equal(portfolio.GetProperty("summary").GetProperty("total_arr").GetDecimal(), tiers.GetProperty("total_arr").GetDecimal());
        Assert.Contains(tiers.GetProperty("tiers").EnumerateArray(), t => t.GetProperty("contracts_measured").GetInt32() > 0);

        var adoption = await client.CallOkAsync("track_feature_adoption", Args(("time_period_days", 90)));
        Assert.Equal(24, adoption.GetProperty("scope").GetProperty("features_in_scope").GetInt32());
        Assert.InRange(adoption.GetProperty("overall_adoption_rate").GetDecimal(), 0.01m, 1m);

        var milestones = await client.CallOkAsync("track_adoption_milestones", Args(("limit", 10)));
        Assert.Equal((total, 8, 10), (milestones.GetProperty("clients_in_scope").GetInt32(), milestones.GetProperty("total_milestones").GetInt32(),
            milestones.GetProperty("customer_progress").GetArrayLength()));
        Assert.InRange(milestones.GetProperty("completion_rates").GetProperty("m1_account_activated").GetDecimal(), 0.5m, 1m);
    }

    [Fact]
    public async Task A_lifecycle_move_is_recorded_and_a_disallowed_one_is_refused()
    {
        var client = _server.Client;
        var report = await client.CallOkAsync("manage_lifecycle_stages", Args(("limit", 3)));
        var distribution = report.GetProperty("report").GetProperty("stage_distribution");
        Assert.Equal(200, Sum(distribution));
        Assert.True(report.GetProperty("report").GetProperty("stage_transitions").GetArrayLength() > 0);

        var active = await client.CallOkAsync("list_clients", Args(("lifecycle_stage_filter", "active"), ("limit", 1)));
        var id = active.GetProperty("clients")[0].GetProperty("client_id").GetString()!;
        var moved = await client.CallOkAsync("manage_lifecycle_stages", Args(("client_id", id), ("target_stage", "at_risk"), ("reason", "Champion left the company"), ("changed_by", "Dana Lee")));
        var refused = await client.CallErrorAsync("manage_lifecycle_stages", Args(("client_id", id), ("target_stage", "expansion"), ("reason", "Wants more seats")));
        var missing = await client.CallErrorAsync("manage_lifecycle_stages", Args(("target_stage", "active")));

        Assert.Equal("move", moved.GetProperty("mode").GetString());
        Assert.True(moved.GetProperty("move").GetProperty("changed").GetBoolean());
        Assert.Equal($"Cannot move {id} from at_risk to expansion: that transition is not allowed. Allowed targets from at_risk: active, renewal, churned. "
            + "Call manage_lifecycle_stages again with one of them.", refused);
        Assert.Contains("- client_id: 'client_id' is required with target_stage: name the client to move.", missing, StringComparison.Ordinal);
        Assert.Contains("- reason: 'reason' is required with target_stage", missing, StringComparison.Ordinal);

        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", id), ("event_types", new[] { "lifecycle" })));
        Assert.Equal("Lifecycle stage changed to at_risk", timeline.GetProperty("events")[0].GetProperty("title").GetString());
        var after = await client.CallOkAsync("manage_lifecycle_stages", Args(("client_id", id)));
        Assert.Equal("at_risk", after.GetProperty("report").GetProperty("client_history").EnumerateArray().Last().GetProperty("to_stage").GetString());
        Assert.Equal(distribution.GetProperty("at_risk").GetInt32() + 1,
            (await client.CallOkAsync("manage_lifecycle_stages", Args())).GetProperty("report").GetProperty("stage_distribution").GetProperty("at_risk").GetInt32());
    }
}
