using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace CsMcp.Operations.Tests.Live;

/// <summary>
/// A short deterministic mix of tool calls over Streamable HTTP that touches every series the dashboard and the alerts read:
/// successes, validation errors, a not-found, a conflict, cache misses then hits, writes, health calculations and
/// integration calls (successes and failures against the fakes).
/// </summary>
public static class LiveToolMix
{
    private const string UnknownClientId = "cs_1700000000000_nosuchclie";

    /// <summary>The last sync_integrations result, for failure messages.</summary>
    public static string SyncReport { get; private set; } = "";

    /// <summary>Runs the mix and returns how many tool calls it made (each one is counted in cs_mcp_tool_execution_total).</summary>
    public static async Task<int> RunAsync(Uri endpoint, string runName)
    {
        await using var client = await McpClient.CreateAsync(new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint }));
        var calls = 0;

        async Task<JsonElement> Call(string tool, Dictionary<string, object?> arguments, bool expectError = false)
        {
            calls++;
            var result = await client.CallToolAsync(tool, arguments);
            var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(b => b.Text));
            Assert.True((result.IsError ?? false) == expectError, $"{tool} {JsonSerializer.Serialize(arguments)}: expected isError={expectError}, got: {text}");
            return result.StructuredContent is { } structured ? structured : default;
        }

        var enterprise = await Call("list_clients", new() { ["tier_filter"] = "enterprise", ["limit"] = 5 });
        var clientId = enterprise.GetProperty("clients")[0].GetProperty("client_id").GetString()!;
        await Call("list_clients", new() { ["lifecycle_stage_filter"] = "at_risk" });
        await Call("get_client_overview", new() { ["client_id"] = clientId });
        await Call("get_client_overview", new() { ["client_id"] = clientId });
        await Call("get_client_timeline", new() { ["client_id"] = clientId });
        await Call("get_client_overview", new() { ["client_id"] = UnknownClientId }, expectError: true);
        await Call("list_clients", new() { ["tier_filter"] = "platinum" }, expectError: true);

        var registered = await Call("register_client", new()
        {
            ["client_name"] = $"Live Check {runName}",
            ["company_name"] = $"Live Check {runName} Ltd",
            ["contract_value"] = 48000,
            ["primary_contact_email"] = "ops@live-check.test",
            ["tier"] = "professional",
        });
        var newClientId = registered.GetProperty("client_id").GetString()!;
        await Call("register_client", new() { ["client_name"] = $"Live Check {runName}", ["company_name"] = "Duplicate", ["contract_value"] = 1 }, expectError: true);
        await Call("update_client_info", new() { ["client_id"] = newClientId, ["updates"] = new Dictionary<string, object?> { ["csm_assigned"] = "Live Check CSM" } });
        await Call("get_client_overview", new() { ["client_id"] = newClientId });

        await Call("calculate_health_score", new() { ["client_id"] = clientId });
        await Call("calculate_health_score", new() { ["client_id"] = clientId });
        await Call("calculate_health_score", new() { ["client_id"] = clientId, ["lookback_period_days"] = 0 }, expectError: true);

        var failingClientId = enterprise.GetProperty("clients")[1].GetProperty("client_id").GetString()!;
        await Call("update_client_info", new()
        {
            ["client_id"] = clientId,
            ["updates"] = new Dictionary<string, object?>
            {
                ["zendesk_organization_id"] = LiveIntegrationFakes.HealthyOrganization,
                ["intercom_company_id"] = LiveIntegrationFakes.IntercomCompany,
                ["mixpanel_group_key"] = LiveIntegrationFakes.MixpanelGroup,
            },
        });
        await Call("update_client_info", new()
        {
            ["client_id"] = failingClientId,
            ["updates"] = new Dictionary<string, object?> { ["zendesk_organization_id"] = LiveIntegrationFakes.FailingOrganization },
        });
        var sync = await Call("sync_integrations", new() { ["client_ids"] = new[] { clientId, failingClientId } });
        SyncReport = sync.GetRawText();
        return calls;
    }
}
