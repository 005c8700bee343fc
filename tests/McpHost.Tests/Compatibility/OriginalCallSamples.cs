using System.Globalization;
using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using ModelContextProtocol.Client;

namespace CsMcp.McpHost.Tests.Compatibility;

/// <summary>
/// Values for the original's required parameters that have no default, taken from the demo portfolio the suite's server
/// seeds. A new original tool with such a parameter adds its line to <see cref="Value"/>; the suite fails until it does.
/// The two variants use different clients where a call writes, so neither sees the other's effect.
/// </summary>
public sealed class OriginalCallSamples
{
    private static readonly HashSet<string> WritesPerClient = new(StringComparer.Ordinal) { "execute_retention_campaign", "update_client_info" };

    private readonly IReadOnlyList<string> _activeClients;
    private int _nextWriteClient;
    private readonly string _churnedClient;
    private readonly DateOnly _today;

    private OriginalCallSamples(IReadOnlyList<string> activeClients, string churnedClient, DateOnly today)
    {
        _activeClients = activeClients;
        _churnedClient = churnedClient;
        _today = today;
    }

    public static async Task<OriginalCallSamples> FromDemoPortfolioAsync(McpClient client, DateOnly today)
    {
        var active = await client.CallOkAsync("list_clients", ToolCalls.Args(("lifecycle_stages", new[] { "active" }), ("limit", 20)));
        var churned = await client.CallOkAsync("list_clients", ToolCalls.Args(("lifecycle_stages", new[] { "churned" }), ("limit", 1)));
        return new OriginalCallSamples(
            [.. active.GetProperty("clients").EnumerateArray().Select(c => c.GetProperty("client_id").GetString()!)],
            churned.GetProperty("clients")[0].GetProperty("client_id").GetString()!,
            today);
    }

    /// <summary>A value for a required parameter. Tools that write per client get a client no other call of the suite used.</summary>
    public object? Value(string tool, string parameter, string variant)
    {
        return (tool, parameter) switch
        {
            ("analyze_churn_postmortem", "client_id") => _churnedClient,
            ("analyze_churn_postmortem", "churn_date") => Date(-30),
            (_, "client_id") when WritesPerClient.Contains(tool) => _activeClients[1 + _nextWriteClient++],
            (_, "client_id") => _activeClients[0],
            ("register_client", "client_name") => $"Compat {variant} Ltd",
            ("register_client", "company_name") => $"Compat {variant} Holdings",
            ("update_client_info", "updates") => new Dictionary<string, object?> { ["industry"] = "Technology" },
            ("track_usage_engagement", "period_start") => DateTime(-30),
            ("track_usage_engagement", "period_end") => DateTime(0),
            ("segment_customers", "segmentation_type") => "value_based",
            ("segment_customers", "criteria") => new Dictionary<string, object?>(),
            ("segment_by_value_tier", "segmentation_criteria") => new Dictionary<string, object?>(),
            ("collect_feedback", "feedback_type") => "general",
            ("track_cs_metrics", "metric_type") => "nps",
            ("collect_feedback", "source") => "email",
            ("collect_feedback", "submitter_email") => "compat.user@example.com",
            ("collect_feedback", "submitter_name") => "Compat User",
            ("collect_feedback", "title") => $"Compatibility feedback {variant}",
            ("collect_feedback", "content") => "Reporting is helpful but exports are slow.",
            ("collect_feedback", "category") => "product",
            ("share_product_insights", "insight_type") => "feature_request",
            ("share_product_insights", "title") => $"Compatibility insight {variant}",
            ("share_product_insights", "description") => "Clients ask for scheduled exports.",
            ("share_product_insights", "supporting_feedback_ids") => new[] { "FB-000001" },
            ("share_product_insights", "priority") => "medium",
            ("share_product_insights", "affected_customers") => new[] { _activeClients[0] },
            ("share_product_insights", "customer_impact") => "Manual exports every week",
            ("share_product_insights", "business_impact") => "Expansion conversations stall",
            ("share_product_insights", "recommended_action") => "Add scheduled exports",
            ("manage_voice_of_customer", "action") => "track_feedback_loop",
            ("trigger_worker_now", "worker_name") => "support_sla_tracker",
            (_, "worker_name") => "churn_risk_monitor",
            ("configure_autonomous_worker", "enabled") => true,
            _ => throw new InvalidOperationException(
                $"No sample value for {tool}.{parameter}: add one to OriginalCallSamples.Value so the original's minimal call can be made."),
        };
    }

    /// <summary>
    /// The arguments the original documented as needed with one value of a closed set (component_weights with the custom
    /// scoring model, custom_milestones with the custom framework, a scope_filter for a segment or one client).
    /// </summary>
    public Dictionary<string, object?> Companions(string tool, string parameter, string value) => (tool, parameter, value) switch
    {
        ("calculate_health_score", "scoring_model", "custom") => new()
        {
            ["component_weights"] = new Dictionary<string, object?>
            {
                ["usage_weight"] = 0.35, ["engagement_weight"] = 0.25, ["support_weight"] = 0.15, ["satisfaction_weight"] = 0.15, ["payment_weight"] = 0.10,
            },
        },
        ("track_adoption_milestones", "milestone_framework", "custom") => new()
        {
            ["custom_milestones"] = new[]
            {
                new Dictionary<string, object?> { ["milestone_id"] = "c1", ["milestone_name"] = "Team onboarded", ["typical_timeframe_days"] = 30, ["importance"] = "high" },
            },
        },
        ("analyze_engagement_patterns", "analysis_scope", "individual") => new() { ["scope_filter"] = new Dictionary<string, object?> { ["client_id"] = _activeClients[0] } },
        ("analyze_engagement_patterns", "analysis_scope", "segment") => new() { ["scope_filter"] = new Dictionary<string, object?> { ["health_min"] = 60 } },
        ("manage_escalations", "action", "create") => new() { ["client_id"] = _activeClients[0] },
        _ => [],
    };

    private string Date(int days) => _today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The original documented ISO-8601 date-times for usage periods.</summary>
    private string DateTime(int days) => _today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string Describe(object? value) => JsonSerializer.Serialize(value);
}
