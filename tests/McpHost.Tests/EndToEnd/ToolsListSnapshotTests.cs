using System.Text.Json;
using System.Text.Json.Nodes;
using CsMcp.McpHost.Tests.Support;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// tools/list is the public contract: names, schemas and annotations. Any change to it shows up as a diff of
/// Snapshots/tools-list.json. Regenerate deliberately with UPDATE_SNAPSHOTS=1 and review the diff. The server is asked for
/// every toolset and for output schemas (off by default, ADR-008), so that every tool and its result contract is in the snapshot.
/// </summary>
public class ToolsListSnapshotTests : IAsyncLifetime
{
    private static readonly string SnapshotPath = Path.Combine(ServerBinary.RepositoryRoot, "tests", "McpHost.Tests", "Snapshots", "tools-list.json");
    private StdioServer _server = null!;

    public async Task InitializeAsync() => _server = await StdioServer.StartAsync(new Dictionary<string, string?>
    {
        ["PROMETHEUS_ENABLED"] = "false",
        ["CSMCP_OUTPUT_SCHEMAS"] = "true",
        ["CSMCP_TOOLSETS"] = "all",
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Tools_list_matches_the_reviewed_snapshot()
    {
        var tools = await _server.Client.ListToolsAsync();
        var actual = new JsonArray([.. tools.Select(t => JsonSerializer.SerializeToNode(t.ProtocolTool))]);
        var text = actual.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            await File.WriteAllTextAsync(SnapshotPath, text);

        Assert.True(File.Exists(SnapshotPath), $"No snapshot at {SnapshotPath}; run the tests once with UPDATE_SNAPSHOTS=1 and review it.");
        Assert.Equal(await File.ReadAllTextAsync(SnapshotPath), text);
    }

    [Fact]
    public async Task Core_tools_have_flat_schemas_titles_and_explicit_annotations()
    {
        var tools = (await _server.Client.ListToolsAsync()).Select(t => t.ProtocolTool).ToDictionary(t => t.Name);

        Assert.Equal(["get_client_overview", "get_client_timeline", "list_clients", "register_client", "update_client_info"],
            tools.Keys.Where(k => k is "register_client" or "get_client_overview" or "update_client_info" or "list_clients" or "get_client_timeline"));

        var register = tools["register_client"];
        Assert.Equal("Register a client", register.Title);
        Assert.Equal(["client_name", "company_name"], register.InputSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("number", register.InputSchema.GetProperty("properties").GetProperty("contract_value").GetProperty("type").GetString());
        Assert.Equal("object", register.OutputSchema!.Value.GetProperty("type").GetString());
        Assert.Equal((false, false, false, false), (register.Annotations!.ReadOnlyHint, register.Annotations.DestructiveHint, register.Annotations.IdempotentHint, register.Annotations.OpenWorldHint));

        foreach (var name in new[] { "get_client_overview", "list_clients", "get_client_timeline" })
            Assert.Equal((true, false, false), (tools[name].Annotations!.ReadOnlyHint, tools[name].Annotations!.DestructiveHint, tools[name].Annotations!.OpenWorldHint));

        foreach (var tool in tools.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
            foreach (var property in tool.InputSchema.GetProperty("properties").EnumerateObject())
                Assert.True(property.Value.TryGetProperty("description", out _), $"{tool.Name}.{property.Name} has no description");
        }
    }
}
