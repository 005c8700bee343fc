using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>The retention tools through a real MCP client over stdio, on the demo portfolio the server seeds at first start.</summary>
public class RetentionToolsOverStdioTests : DemoPortfolioOverStdio
{
    [Fact]
    public async Task Churn_risk_ranks_the_demo_portfolio_and_an_escalation_is_created_listed_and_on_the_timeline()
    {
        var client = Server.Client;

        var risk = await client.CallOkAsync("identify_churn_risk", Args(("limit", 5)));
        var atRisk = risk.GetProperty("at_risk_customers").EnumerateArray().ToList();
        var summary = risk.GetProperty("summary");
        Assert.Equal(5, atRisk.Count);
        Assert.True(summary.GetProperty("total_analyzed").GetInt32() > summary.GetProperty("at_risk_count").GetInt32());
        Assert.Equal(summary.GetProperty("at_risk_count").GetInt32(), risk.GetProperty("pagination").GetProperty("total_count").GetInt32());
        var probabilities = atRisk.Select(c => c.GetProperty("churn_probability").GetDecimal()).ToList();
        Assert.Equal(probabilities.OrderByDescending(p => p), probabilities);
        Assert.All(atRisk, c =>
        {
            Assert.True(c.GetProperty("churn_probability").GetDecimal() >= 0.25m);
            Assert.NotEmpty(c.GetProperty("risk_factors").EnumerateArray());
            Assert.Equal(Math.Round(c.GetProperty("arr").GetDecimal() * c.GetProperty("churn_probability").GetDecimal(), 2), c.GetProperty("prediction").GetProperty("expected_arr_loss").GetDecimal());
        });
        Assert.Equal(5, risk.GetProperty("predictions_stored").GetInt32());

        var top = atRisk[0].GetProperty("client_id").GetString()!;
        var created = await client.CallOkAsync("manage_escalations", Args(("action", "create"), ("client_id", top), ("severity", "critical"),
            ("owner", "Dana Lee"), ("reason", "Churn probability above 0.75 and renewal close")));
        var escalation = created.GetProperty("escalation");
        Assert.Equal(("critical", "open", 4, "on_track"), (escalation.GetProperty("severity").GetString(), escalation.GetProperty("status").GetString(),
            escalation.GetProperty("sla_hours").GetInt32(), escalation.GetProperty("sla").GetProperty("status").GetString()));

        var list = await client.CallOkAsync("manage_escalations", Args(("action", "list"), ("client_id", top)));
        var listed = Assert.Single(list.GetProperty("escalations").EnumerateArray());
        Assert.Equal(escalation.GetProperty("escalation_id").GetString(), listed.GetProperty("escalation_id").GetString());
        Assert.Equal(1, list.GetProperty("summary").GetProperty("open").GetInt32());

        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", top), ("event_types", new[] { "support" })));
        Assert.Contains(timeline.GetProperty("events").EnumerateArray(), e => e.GetProperty("title").GetString() == "Critical escalation opened");

        var invalid = await client.CallErrorAsync("manage_escalations", Args(("action", "create"), ("severity", "urgent")));
        Assert.Contains("- severity: 'severity' must be one of: critical, high, medium, low (case-insensitive); got 'urgent'.", invalid, StringComparison.Ordinal);
        Assert.Contains("- client_id: 'client_id' is required to create an escalation.", invalid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Churn_risk_takes_the_original_spellings_and_include_predictions()
    {
        var client = Server.Client;

        var canonical = await client.CallOkAsync("identify_churn_risk", Args(("tiers", new[] { "enterprise", "professional" }), ("lifecycle_stages", new[] { "active" }),
            ("arr_min", 20_000), ("persist_predictions", false)));
        var original = await client.CallOkAsync("identify_churn_risk", Args(("tier_filter", new[] { "enterprise", "professional" }), ("lifecycle_stage_filter", "ACTIVE"),
            ("min_arr", 20_000), ("persist_predictions", false), ("include_predictions", false), ("health_score_threshold", 100), ("days_lookback", 30)));

        static List<string> Ids(JsonElement r) => [.. r.GetProperty("at_risk_customers").EnumerateArray().Select(c => c.GetProperty("client_id").GetString()!)];
        Assert.NotEmpty(Ids(canonical));
        Assert.Equal(Ids(canonical), Ids(original));
        var scope = original.GetProperty("filters_applied").GetProperty("scope");
        Assert.Equal(["active"], scope.GetProperty("lifecycle_stages").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(20_000m, scope.GetProperty("arr_min").GetDecimal());
        Assert.All(canonical.GetProperty("at_risk_customers").EnumerateArray(), c => Assert.Equal(JsonValueKind.Object, c.GetProperty("prediction").ValueKind));
        Assert.All(original.GetProperty("at_risk_customers").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("prediction").ValueKind));

        var churned = await client.CallErrorAsync("identify_churn_risk", Args(("lifecycle_stage_filter", "churned")));
        var badTier = await client.CallErrorAsync("identify_churn_risk", Args(("tier_filter", "gold")));
        Assert.Contains("- lifecycle_stages: 'lifecycle_stages' cannot include churned: churned clients have no churn risk.", churned, StringComparison.Ordinal);
        Assert.Contains("- tiers: 'tiers' has 'gold', which is not one of: starter, standard, professional, enterprise (case-insensitive).", badTier, StringComparison.Ordinal);
    }
}
