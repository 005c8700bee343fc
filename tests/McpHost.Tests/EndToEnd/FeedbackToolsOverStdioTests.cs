using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>The feedback tools through a real MCP client over stdio, on the shared demo-portfolio server (SharedDemoServer).</summary>
[Collection(SharedDemoServerGroup.Name)]
public sealed class FeedbackToolsOverStdioTests(SharedDemoServer server)
{
    [Fact]
    public async Task Demo_feedback_has_real_sentiment_and_collected_feedback_lands_on_the_timeline()
    {
        var client = server.Client;

        var portfolio = await client.CallOkAsync("analyze_feedback_sentiment", Args());
        var summary = portfolio.GetProperty("summary");
        Assert.True(summary.GetProperty("total_feedback_items").GetInt32() > 10);
        var score = summary.GetProperty("overall_score").GetDecimal();
        Assert.InRange(score, -1m, 1m);
        var breakdown = portfolio.GetProperty("sentiment_breakdown");
        Assert.True(breakdown.GetProperty("very_negative_count").GetInt32() > 0);
        Assert.True(breakdown.GetProperty("very_positive_count").GetInt32() > 0);
        Assert.NotEmpty(portfolio.GetProperty("themes").GetProperty("top_negative").EnumerateArray());

        var listed = await client.CallOkAsync("list_clients", Args(("lifecycle_stages", new[] { "active" }), ("limit", 1)));
        var id = listed.GetProperty("clients")[0].GetProperty("client_id").GetString()!;
        var collected = await client.CallOkAsync("collect_feedback", Args(("client_id", id), ("feedback_type", "bug_report"), ("source", "email"),
            ("submitter_email", "pat.lee@example.com"), ("submitter_name", "Pat Lee"), ("title", "Export is broken"),
            ("content", "The export is broken and slow."), ("category", "product"), ("priority", "high"), ("idempotency_key", "e2e-1")));
        Assert.Equal("negative", collected.GetProperty("sentiment_analysis").GetProperty("sentiment").GetString());
        Assert.Equal("product-team@company.com", collected.GetProperty("routing").GetProperty("assigned_to").GetString());
        var again = await client.CallOkAsync("collect_feedback", Args(("client_id", id), ("feedback_type", "bug_report"), ("source", "email"),
            ("submitter_email", "pat.lee@example.com"), ("submitter_name", "Pat Lee"), ("title", "Export is broken"),
            ("content", "The export is broken and slow."), ("category", "product"), ("priority", "high"), ("idempotency_key", "e2e-1")));
        Assert.True(again.GetProperty("replayed").GetBoolean());
        Assert.Equal(collected.GetProperty("feedback_id").GetString(), again.GetProperty("feedback_id").GetString());

        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", id), ("limit", 5)));
        Assert.Single(timeline.GetProperty("events").EnumerateArray(), e => e.GetProperty("title").GetString() == "Feedback received: Export is broken");

        var feedbackId = collected.GetProperty("feedback_id").GetString()!;
        var shared = await client.CallOkAsync("share_product_insights", Args(("insight_type", "bug_report"), ("title", "Exports break"),
            ("description", "Exports fail"), ("supporting_feedback_ids", new[] { feedbackId, "FB-000001" }), ("priority", "high"),
            ("affected_customers", new[] { id }), ("customer_impact", "Blocked"), ("business_impact", "Renewal risk"), ("recommended_action", "Fix exports")));
        Assert.Equal("not sent: email not configured", shared.GetProperty("delivery_summary").GetProperty("delivery_status").GetString());
        // 1 customer 0.4 + high 2 + 2 items 0.4 + 1 or 0.5 by the mean sentiment of the new item and FB-000001.
        Assert.Contains(shared.GetProperty("impact_summary").GetProperty("business_value_score").GetDecimal(), new[] { 3.3m, 3.8m });
        var unknown = await client.CallErrorAsync("share_product_insights", Args(("insight_type", "bug_report"), ("title", "t"), ("description", "d"),
            ("supporting_feedback_ids", new[] { "FB-999999999" }), ("priority", "high"), ("affected_customers", new[] { id }), ("customer_impact", "c"),
            ("business_impact", "b"), ("recommended_action", "r")));
        Assert.Contains("no stored feedback: FB-999999999", unknown, StringComparison.Ordinal);

        var invalid = await client.CallErrorAsync("collect_feedback", Args(("client_id", id), ("feedback_type", "praise"), ("source", "email"),
            ("submitter_email", "pat.lee@example.com"), ("submitter_name", "Pat Lee"), ("title", "t"), ("content", "c"), ("category", "sales")));
        Assert.Contains("- feedback_type: 'feedback_type' must be one of: nps, csat, ces, feature_request, bug_report, product_feedback, service_feedback, general (case-insensitive); got 'praise'.", invalid, StringComparison.Ordinal);
        Assert.DoesNotContain("- category:", invalid, StringComparison.Ordinal);
    }
}
