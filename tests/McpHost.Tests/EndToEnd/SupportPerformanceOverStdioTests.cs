using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using Xunit.Abstractions;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>analyze_support_performance through a real MCP client over stdio, on the shared demo-portfolio server (SharedDemoServer).</summary>
[Collection(SharedDemoServerGroup.Name)]
public sealed class SupportPerformanceOverStdioTests(SharedDemoServer server, ITestOutputHelper output)
{
    [Fact]
    public async Task Demo_tickets_give_varied_support_figures_in_every_section()
    {
        var client = server.Client;

        var overview = await client.CallOkAsync("analyze_support_performance", Args());
        output.WriteLine(overview.GetProperty("summary").ToString());
        var summary = overview.GetProperty("summary");
        Assert.True(summary.GetProperty("tickets").GetInt32() > 50);
        Assert.True(summary.GetProperty("escalation_rate").GetDecimal() > 0m);
        Assert.InRange(summary.GetProperty("sla_compliance").GetDecimal(), 0.01m, 0.99m);
        Assert.InRange(summary.GetProperty("csat_average").GetDecimal(), 1m, 5m);
        Assert.True(summary.GetProperty("first_response_minutes").GetProperty("p90").GetDecimal()
            >= summary.GetProperty("first_response_minutes").GetProperty("median").GetDecimal());
        var sla = overview.GetProperty("sla");
        Assert.True(sla.GetProperty("first_response").GetProperty("breached").GetInt32() > 0);
        Assert.True(sla.GetProperty("first_response").GetProperty("met").GetInt32() > 0);
        Assert.True(overview.GetProperty("by_team").GetArrayLength() > 1);
        var agents = overview.GetProperty("by_agent").EnumerateArray().ToList();
        Assert.True(agents.Count > 1);
        Assert.Equal(JsonValueKind.Array, overview.GetProperty("trends").ValueKind);
        Assert.Equal(5, overview.GetProperty("trends").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("comparison").ValueKind);

        var comparison = await client.CallOkAsync("analyze_support_performance", Args(("analysis_type", "comparison"), ("period_days", 60)));
        Assert.True(comparison.GetProperty("comparison").GetProperty("previous_tickets").GetInt32() > 0);
        Assert.All(comparison.GetProperty("comparison").GetProperty("metrics").EnumerateArray(),
            m => Assert.NotEqual(JsonValueKind.Null, m.GetProperty("change").ValueKind));

        var kb = await client.CallOkAsync("analyze_support_performance", Args(("analysis_type", "knowledge_base")));
        Assert.Equal(JsonValueKind.Null, kb.GetProperty("knowledge_base").GetProperty("deflection_rate").ValueKind);

        var urgent = await client.CallOkAsync("analyze_support_performance", Args(("analysis_type", "sla"), ("priority_filter", "p0"), ("tiers", new[] { "enterprise" })));
        var byPriority = urgent.GetProperty("summary").GetProperty("by_priority");
        Assert.Equal(0, byPriority.GetProperty("P3").GetInt32());
        Assert.Equal("P0", urgent.GetProperty("ticket_filters").GetProperty("priority").GetString());

        var invalid = await client.CallErrorAsync("analyze_support_performance", Args(("analysis_type", "volume"), ("period_days", 0)));
        Assert.Contains("- analysis_type: 'analysis_type' must be one of: overview, sla, agent, satisfaction, knowledge_base, trends, comparison (case-insensitive); got 'volume'.",
            invalid, StringComparison.Ordinal);
        Assert.Contains("- period_days: 'period_days' must be 1-365; got 0.", invalid, StringComparison.Ordinal);
    }
}
