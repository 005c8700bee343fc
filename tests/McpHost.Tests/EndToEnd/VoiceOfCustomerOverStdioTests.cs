using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>manage_voice_of_customer through a real MCP client over stdio, on the shared demo-portfolio server (SharedDemoServer).</summary>
[Collection(SharedDemoServerGroup.Name)]
public sealed class VoiceOfCustomerOverStdioTests(SharedDemoServer server)
{
    [Fact]
    public async Task Reports_loops_effectiveness_summary_closure_and_roadmap_work_on_the_demo_portfolio()
    {
        var client = server.Client;

        var created = await client.CallOkAsync("manage_voice_of_customer", Args(("action", "create_voc_report"), ("idempotency_key", "e2e-voc")));
        var report = created.GetProperty("report");
        Assert.StartsWith("VOC-", report.GetProperty("report_id").GetString(), StringComparison.Ordinal);
        Assert.Equal("not sent: email not configured", report.GetProperty("delivery").GetProperty("delivery_status").GetString());
        Assert.Equal("all-hands@company.com", report.GetProperty("delivery").GetProperty("recipients")[0].GetString());
        var sections = report.GetProperty("sections");
        Assert.True(sections.GetProperty("sentiment").GetProperty("total_feedback_items").GetInt32() > 10);
        Assert.True(sections.GetProperty("nps").GetProperty("nps").GetProperty("responses").GetInt32() > 0);
        Assert.Equal(4, sections.GetProperty("customer_quotes").GetArrayLength());
        var replayed = await client.CallOkAsync("manage_voice_of_customer", Args(("action", "create_voc_report"), ("idempotency_key", "e2e-voc")));
        Assert.True(replayed.GetProperty("report").GetProperty("replayed").GetBoolean());
        Assert.Equal(report.GetProperty("report_id").GetString(), replayed.GetProperty("report").GetProperty("report_id").GetString());

        var loop = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "track_feedback_loop")))).GetProperty("feedback_loop");
        Assert.True(loop.GetProperty("closed_loops").GetInt32() > 0 && loop.GetProperty("open_loops").GetInt32() > 0);
        Assert.InRange(loop.GetProperty("closure_rate").GetDecimal(), 0.01m, 0.99m);

        var effectiveness = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "measure_program_effectiveness"), ("report_type", "quarterly"))))
            .GetProperty("program_effectiveness");
        Assert.InRange(effectiveness.GetProperty("collection_rate").GetDecimal(), 0.01m, 1m);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, effectiveness.GetProperty("survey_response_rate").ValueKind);
        Assert.True(effectiveness.GetProperty("roadmap_outcomes").GetProperty("shipped").GetInt32() > 0);

        var summary = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "generate_executive_summary"), ("target_audience", "cs_team"))))
            .GetProperty("executive_summary");
        Assert.Equal(6, summary.GetProperty("headlines").GetArrayLength());

        var open = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "close_feedback_loop")))).GetProperty("closure");
        Assert.True(open.GetProperty("open_total").GetInt32() > 0);
        var first = open.GetProperty("open_loops")[0];
        var (feedbackId, clientId) = (first.GetProperty("feedback_id").GetString()!, first.GetProperty("client_id").GetString()!);
        var closed = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "close_feedback_loop"), ("feedback_ids", new[] { feedbackId }),
            ("closure_notes", "Fixed in the June release"))))
            .GetProperty("closure");
        Assert.Equal(("closed", "not notified: email not configured"), (closed.GetProperty("items")[0].GetProperty("outcome").GetString(),
            closed.GetProperty("items")[0].GetProperty("notification").GetString()));
        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", clientId), ("limit", 5)));
        Assert.Contains(timeline.GetProperty("events").EnumerateArray(), e => e.GetProperty("title").GetString()!.StartsWith("Feedback loop closed:", StringComparison.Ordinal));

        var roadmap = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "update_customer_roadmap")))).GetProperty("roadmap");
        Assert.True(roadmap.GetProperty("total").GetInt32() > 0);
        var insight = roadmap.GetProperty("insights")[0];
        var target = insight.GetProperty("roadmap_status").GetString() == "shipped" ? "declined" : "shipped";
        var changed = (await client.CallOkAsync("manage_voice_of_customer", Args(("action", "update_customer_roadmap"),
            ("insight_id", insight.GetProperty("insight_id").GetString()), ("roadmap_status", target)))).GetProperty("roadmap").GetProperty("change");
        Assert.True(changed.GetProperty("changed").GetBoolean());
        Assert.Equal(target, changed.GetProperty("roadmap_status").GetString());

        var invalid = await client.CallErrorAsync("manage_voice_of_customer", Args(("action", "archive")));
        Assert.Contains("- action: 'action' must be one of: create_voc_report, track_feedback_loop", invalid, StringComparison.Ordinal);
        var unknown = await client.CallErrorAsync("manage_voice_of_customer", Args(("action", "close_feedback_loop"), ("feedback_ids", new[] { "FB-999999999" })));
        Assert.Contains("no stored feedback: FB-999999999", unknown, StringComparison.Ordinal);
    }
}
