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
    private readonly IReadOnlyList<string> _activeClients;
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

    public object? Value(string tool, string parameter, string variant)
    {
        var second = variant == OriginalCalls.AllDefaults;
        return (tool, parameter) switch
        {
            ("analyze_churn_postmortem", "client_id") => _churnedClient,
            ("analyze_churn_postmortem", "churn_date") => Date(-30),
            ("execute_retention_campaign", "client_id") => _activeClients[second ? 3 : 2],
            ("update_client_info", "client_id") => _activeClients[second ? 5 : 4],
            (_, "client_id") => _activeClients[second ? 1 : 0],
            ("register_client", "client_name") => second ? "Compat Defaults Ltd" : "Compat Minimal Ltd",
            ("register_client", "company_name") => second ? "Compat Defaults Holdings" : "Compat Minimal Holdings",
            ("update_client_info", "updates") => new Dictionary<string, object?> { ["industry"] = "Technology" },
            ("track_usage_engagement", "period_start") => DateTime(-30),
            ("track_usage_engagement", "period_end") => DateTime(0),
            ("segment_customers", "segmentation_type") => "value_based",
            ("segment_customers", "criteria") => new Dictionary<string, object?>(),
            ("segment_by_value_tier", "segmentation_criteria") => new Dictionary<string, object?>(),
            _ => throw new InvalidOperationException(
                $"No sample value for {tool}.{parameter}: add one to OriginalCallSamples.Value so the original's minimal call can be made."),
        };
    }

    private string Date(int days) => _today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The original documented ISO-8601 date-times for usage periods.</summary>
    private string DateTime(int days) => _today.AddDays(days).ToString("yyyy-MM-dd'T'00:00:00'Z'", CultureInfo.InvariantCulture);

    public static string Describe(object? value) => JsonSerializer.Serialize(value);
}
