using System.Text.Json;
using CsMcp.McpHost.Tests.Support;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using Xunit.Abstractions;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// tools/list is read into a model's context before the user says a word (ADR-008). Budgets, in bytes of the tools as the
/// server sends them: the full catalogue of 59 tools at most 120 KiB (so the tools that exist today may average at most
/// 120 KiB / 59), the default toolsets at most 45 KiB, no tool over 6 KiB. Sizes are printed for every run.
/// </summary>
public sealed class ToolsListBudgetTests(ITestOutputHelper output)
{
    public const int CatalogueTools = 59;
    public const int AllToolsBudget = 120 * 1024;
    public const int DefaultToolsetsBudget = 45 * 1024;
    public const int ToolBudget = 6 * 1024;

    [Fact]
    public async Task Every_toolset_together_stays_within_the_catalogue_budget_and_no_tool_is_over_its_own()
    {
        var sizes = await ListedSizesAsync("all");
        var total = sizes.Sum(s => s.Bytes);
        Print("all toolsets", sizes);

        Assert.All(sizes, s => Assert.True(s.Bytes <= ToolBudget, $"{s.Name} lists {s.Bytes} bytes; at most {ToolBudget}."));
        Assert.True(total <= AllToolsBudget, $"all toolsets list {total} bytes; at most {AllToolsBudget}.");
        var average = AllToolsBudget / CatalogueTools;
        Assert.True(total <= average * sizes.Count,
            $"{sizes.Count} tools list {total} bytes, {total / sizes.Count} on average; at most {average} each on average, or the {CatalogueTools}-tool catalogue will not fit {AllToolsBudget}.");
    }

    [Fact]
    public async Task The_default_toolsets_stay_within_their_budget()
    {
        var sizes = await ListedSizesAsync(toolsets: null);
        var total = sizes.Sum(s => s.Bytes);
        Print("default toolsets", sizes);

        Assert.True(total <= DefaultToolsetsBudget, $"the default toolsets list {total} bytes; at most {DefaultToolsetsBudget}.");
    }

    [Fact]
    public async Task Output_schemas_are_listed_only_on_request()
    {
        await using var plain = await StdioServer.StartAsync(new Dictionary<string, string?> { ["PROMETHEUS_ENABLED"] = "false" });
        await using var asked = await StdioServer.StartAsync(new Dictionary<string, string?> { ["PROMETHEUS_ENABLED"] = "false", ["CSMCP_OUTPUT_SCHEMAS"] = "true" });

        var without = await plain.Client.ListToolsAsync();
        var with = await asked.Client.ListToolsAsync();

        Assert.All(without, t => Assert.Null(t.ProtocolTool.OutputSchema));
        Assert.All(with, t => Assert.Equal("object", t.ProtocolTool.OutputSchema!.Value.GetProperty("type").GetString()));
        var call = await plain.Client.CallToolAsync("list_clients", new Dictionary<string, object?>());
        Assert.NotNull(call.StructuredContent);
    }

    private static async Task<List<(string Name, int Bytes)>> ListedSizesAsync(string? toolsets)
    {
        var environment = new Dictionary<string, string?> { ["PROMETHEUS_ENABLED"] = "false" };
        if (toolsets is not null)
            environment["CSMCP_TOOLSETS"] = toolsets;
        await using var server = await StdioServer.StartAsync(environment);
        var tools = await server.Client.ListToolsAsync();
        return [.. tools.Select(t => (t.Name, JsonSerializer.SerializeToUtf8Bytes(t.ProtocolTool, McpJsonUtilities.DefaultOptions).Length))];
    }

    private void Print(string label, List<(string Name, int Bytes)> sizes)
    {
        output.WriteLine($"{label}: {sizes.Count} tools, {sizes.Sum(s => s.Bytes)} bytes");
        foreach (var (name, bytes) in sizes.OrderByDescending(s => s.Bytes))
            output.WriteLine($"  {name,-34} {bytes,6}");
    }
}
