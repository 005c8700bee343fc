using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using static CsMcp.McpHost.Tests.Support.ToolCalls;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>The five core tools through a real MCP client over stdio, against the built server and a real SQLite file.</summary>
public class CoreToolsOverStdioTests : IAsyncLifetime
{
    private StdioServer _server = null!;

    public async Task InitializeAsync() => _server = await StdioServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Register_update_overview_list_and_timeline_work_end_to_end()
    {
        var client = _server.Client;

        var registered = await client.CallOkAsync("register_client", Args(("client_name", "Acme Corp"), ("company_name", "Acme Corporation"),
            ("tier", "Enterprise"), ("contract_value", 120000), ("contract_start_date", "2026-01-01"), ("primary_contact_email", "Jane@Acme.io")));
        var id = registered.GetProperty("client_id").GetString()!;
        Assert.Matches("^cs_[0-9]+_acme_corp$", id);
        Assert.Equal("enterprise", registered.GetProperty("client_record").GetProperty("tier").GetString());
        Assert.Equal("2027-01-01", registered.GetProperty("client_record").GetProperty("contract_end_date").GetString());
        Assert.Equal(JsonValueKind.Null, registered.GetProperty("client_record").GetProperty("health_score").ValueKind);

        var updated = await client.CallOkAsync("update_client_info", Args(("client_id", id), ("updates", new Dictionary<string, object?> { ["csm_assigned"] = "Dana Lee", ["tier"] = "professional" })));
        Assert.Equal(["csm_assigned", "tier"], updated.GetProperty("updated_fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("enterprise", updated.GetProperty("changes")[1].GetProperty("previous_value").GetString());

        var overview = await client.CallOkAsync("get_client_overview", Args(("client_id", id)));
        Assert.Equal("Dana Lee", overview.GetProperty("client").GetProperty("csm_assigned").GetString());
        Assert.Equal(2, overview.GetProperty("activity").GetProperty("total_events").GetInt32());

        var list = await client.CallOkAsync("list_clients", Args(("tier_filter", "professional")));
        Assert.Equal(1, list.GetProperty("pagination").GetProperty("total_count").GetInt32());
        Assert.Equal(120000m, list.GetProperty("summary").GetProperty("total_arr").GetDecimal());

        var timeline = await client.CallOkAsync("get_client_timeline", Args(("client_id", id), ("event_types", new[] { "contract" })));
        Assert.Equal(["Contract details updated", "Client registered"], timeline.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Invalid_arguments_come_back_as_tool_errors_naming_each_argument_and_rule()
    {
        var client = _server.Client;

        var invalid = await client.CallErrorAsync("register_client", Args(("client_name", "B"), ("company_name", "B"), ("contract_value", -5),
            ("tier", "gold"), ("contract_start_date", "2026-05-01"), ("contract_end_date", "2026-04-01")));
        var wrongType = await client.CallErrorAsync("register_client", Args(("client_name", "B"), ("company_name", "B"), ("contract_value", "lots")));
        var unknown = await client.CallErrorAsync("list_clients", Args(("tiers_filter", "starter")));
        var missing = await client.CallErrorAsync("get_client_overview", Args());
        var badDate = await client.CallErrorAsync("get_client_timeline", Args(("client_id", "cs_1_a"), ("start_date", "15/06/2026")));
        var badField = await client.CallErrorAsync("update_client_info", Args(("client_id", "cs_1_a"), ("updates", new Dictionary<string, object?> { ["health_score"] = 99 })));

        Assert.Equal(
            "Invalid arguments for register_client:\n"
            + "- tier: 'tier' must be one of: starter, standard, professional, enterprise (case-insensitive); got 'gold'.\n"
            + "- contract_value: 'contract_value' must be between 0 and 1000000000000 (USD per year); got -5.\n"
            + "- contract_end_date: 'contract_end_date' must be after contract_start_date (2026-05-01); got 2026-04-01.\n"
            + "Correct these arguments and call register_client again.", invalid);
        Assert.Contains("- contract_value: 'contract_value' has the wrong type or format: expected a number; got \"lots\".", wrongType, StringComparison.Ordinal);
        Assert.Contains("- tiers_filter: 'tiers_filter' is not an argument of list_clients. Did you mean 'tiers'? Accepted: limit, offset, tiers, lifecycle_stages, "
            + "industries, csm, arr_min, arr_max, health_score_min, health_score_max, renewal_within_days.", unknown, StringComparison.Ordinal);
        Assert.Contains("- client_id: 'client_id' is required (a string).", missing, StringComparison.Ordinal);
        Assert.Contains("- start_date: 'start_date' has the wrong type or format: expected a date in YYYY-MM-DD format; got \"15/06/2026\".", badDate, StringComparison.Ordinal);

        Assert.Contains("- updates.health_score: 'health_score' is not a field of a client that can be updated. Allowed: client_name, company_name,", badField, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_and_conflict_explain_what_to_do_next()
    {
        var client = _server.Client;
        await client.CallOkAsync("register_client", Args(("client_name", "Globex"), ("company_name", "Globex Inc")));

        var notFound = await client.CallErrorAsync("get_client_overview", Args(("client_id", "cs_1_nobody")));
        var conflict = await client.CallErrorAsync("register_client", Args(("client_name", "GLOBEX"), ("company_name", "Other")));

        Assert.Equal("No client with client_id 'cs_1_nobody' exists. Call list_clients to find existing client ids.", notFound);
        Assert.StartsWith("A client named 'GLOBEX' is already registered as cs_", conflict, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_survives_a_restart_of_the_server()
    {
        var registered = await _server.Client.CallOkAsync("register_client", Args(("client_name", "Initech"), ("company_name", "Initech LLC"), ("contract_value", 42000.5)));
        var id = registered.GetProperty("client_id").GetString();

        await _server.RestartAsync();

        var list = await _server.Client.CallOkAsync("list_clients", Args());
        var client = Assert.Single(list.GetProperty("clients").EnumerateArray());
        Assert.Equal(id, client.GetProperty("client_id").GetString());
        Assert.Equal(42000.5m, client.GetProperty("contract_value").GetDecimal());
        Assert.True(File.Exists(Path.Combine(_server.DataDir, "csmcp.db")));
    }

    [Fact]
    public async Task Metrics_count_every_call_by_tool_and_status_and_errors_by_type()
    {
        var client = _server.Client;
        var before = await MetricsScrape.FromAsync(_server.MetricsUrl);
        Assert.Equal(0, before.Value("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"success\"}"));
        Assert.Contains("cs_mcp_tool_execution_total{tool_name=\"get_client_timeline\",status=\"error\"} 0", before.Text, StringComparison.Ordinal);

        await client.CallOkAsync("register_client", Args(("client_name", "Umbrella"), ("company_name", "Umbrella Corp")));
        await client.CallErrorAsync("register_client", Args(("client_name", "Umbrella"), ("company_name", "Again")));
        await client.CallErrorAsync("register_client", Args(("client_name", "X"), ("company_name", "X"), ("tier", "gold")));
        await client.CallErrorAsync("get_client_overview", Args(("client_id", "cs_1_nobody")));
        await client.CallOkAsync("list_clients", Args());

        var after = await MetricsScrape.FromAsync(_server.MetricsUrl);
        Assert.Equal(1, after.Value("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"success\"}"));
        Assert.Equal(2, after.Value("cs_mcp_tool_execution_total{tool_name=\"register_client\",status=\"error\"}"));
        Assert.Equal(1, after.Value("cs_mcp_tool_execution_total{tool_name=\"get_client_overview\",status=\"error\"}"));
        Assert.Equal(1, after.Value("cs_mcp_tool_execution_total{tool_name=\"list_clients\",status=\"success\"}"));
        Assert.Equal(1, after.Value("cs_mcp_errors_total{error_type=\"conflict\"}"));
        Assert.Equal(1, after.Value("cs_mcp_errors_total{error_type=\"validation\"}"));
        Assert.Equal(1, after.Value("cs_mcp_errors_total{error_type=\"not_found\"}"));
        Assert.Equal(3, after.Value("cs_mcp_tool_execution_duration_seconds_count{tool_name=\"register_client\"}"));
        Assert.True(after.Value("cs_mcp_database_query_total{query_type=\"insert\"}") >= 2);
        Assert.Equal(0, after.Value("cs_mcp_active_connections"));
        Assert.True(after.Value("cs_mcp_memory_usage_bytes") > 10_000_000);
    }
}
