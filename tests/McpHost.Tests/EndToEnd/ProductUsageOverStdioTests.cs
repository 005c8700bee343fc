using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>analyze_product_usage through a real MCP client over stdio, on the shared demo-portfolio server (SharedDemoServer).</summary>
[Collection(SharedDemoServerGroup.Name)]
public sealed class ProductUsageOverStdioTests(SharedDemoServer server)
{
    [Fact]
    public async Task Demo_clients_get_varied_usage_health_from_stored_usage()
    {
        var client = server.Client;
        var listed = await client.CallOkAsync("list_clients", Args(("limit", 30)));
        var results = new List<JsonElement>();
        foreach (var row in listed.GetProperty("clients").EnumerateArray())
            results.Add(await client.CallOkAsync("analyze_product_usage", Args(("client_id", row.GetProperty("client_id").GetString()))));

        var scores = results.Select(r => r.GetProperty("summary").GetProperty("usage_health_score"))
            .Where(s => s.ValueKind == JsonValueKind.Number).Select(s => s.GetInt32()).ToList();
        Assert.True(scores.Distinct().Count() >= 10, $"scores: {string.Join(", ", scores)}");
        Assert.All(scores, s => Assert.InRange(s, 0, 100));
        var risks = results.SelectMany(r => r.GetProperty("risk_indicators").EnumerateArray()).Select(r => r.GetProperty("code").GetString()).ToHashSet();
        Assert.Contains("declining_usage", risks);
        Assert.Contains("high_inactive_users", risks);
        Assert.Contains(results, r => r.GetProperty("opportunities").GetProperty("estimated_arr_potential").GetDecimal() > 0);
        Assert.Contains(results, r => r.GetProperty("summary").GetProperty("usage_trend").GetString() == "up");
        Assert.All(results, r => Assert.Equal(31, r.GetProperty("period").GetProperty("days").GetInt32()));

        var id = listed.GetProperty("clients")[0].GetProperty("client_id").GetString();
        var future = await client.CallErrorAsync("analyze_product_usage", Args(("client_id", id), ("period_end", "2999-01-01")));
        Assert.Contains("'period_end' must not be in the future", future, StringComparison.Ordinal);
        var unknown = await client.CallErrorAsync("analyze_product_usage", Args(("client_id", "cs_nobody_here")));
        Assert.Contains("cs_nobody_here", unknown, StringComparison.Ordinal);
    }
}
