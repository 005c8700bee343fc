using CsMcp.TestSupport;
using System.Diagnostics;
using CsMcp.McpHost.Tests.Support;

namespace CsMcp.McpHost.Tests.EndToEnd;

/// <summary>
/// Desktop and IDE clients are built on the TypeScript SDK, which validates structuredContent against outputSchema
/// more strictly than the C# client. tests/ts-client/smoke.mjs drives the server with it (CI runs `npm ci` there first).
/// </summary>
public class TypeScriptClientTests
{
    private static readonly string ClientDirectory = Path.Combine(ServerBinary.RepositoryRoot, "tests", "ts-client");

    [SkippableFact]
    public async Task The_typescript_sdk_client_accepts_every_listed_tool_and_result()
    {
        var output = await RunScriptAsync("smoke.mjs");

        Assert.Contains("\"failures\":[]", output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_typescript_sdk_client_receives_list_changed_when_it_enables_a_toolset()
    {
        var output = await RunScriptAsync("dynamic.mjs");

        Assert.Contains(
            "\"before\":[\"list_available_toolsets\",\"get_toolset_tools\",\"enable_toolset\"],"
            + "\"after\":[\"list_available_toolsets\",\"get_toolset_tools\",\"enable_toolset\",\"get_client_overview\",\"get_client_timeline\",\"list_clients\",\"register_client\",\"update_client_info\"],"
            + "\"notifications\":1,\"failures\":[]",
            output,
            StringComparison.Ordinal);
    }

    private static async Task<string> RunScriptAsync(string script)
    {
        var installed = Directory.Exists(Path.Combine(ClientDirectory, "node_modules", "@modelcontextprotocol", "sdk"));
        Skip.If(!installed && !CiEnvironment.IsCi, "Run `npm ci --prefix tests/ts-client` to enable the TypeScript client tests.");
        Assert.True(installed, "CI must run `npm ci --prefix tests/ts-client` before the tests.");

        var info = new ProcessStartInfo("node", [Path.Combine(ClientDirectory, script), ServerBinary.DllPath, Directory.CreateTempSubdirectory("csmcp-ts-").FullName])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ClientDirectory,
        };
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output + errors);
        return output;
    }
}
