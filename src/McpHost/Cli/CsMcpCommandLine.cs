using CsMcp.Application.Features.Health.Scoring;
using System.CommandLine;
using CsMcp.McpHost.Tools;
using CsMcp.McpHost.Transports;

namespace CsMcp.McpHost.Cli;

internal static class CsMcpCommandLine
{
    public const int DefaultHttpPort = 8080;

    /// <summary>Exit code when a setting (e.g. HEALTH_SCORE_WEIGHT_*) is invalid; the reason goes to stderr.</summary>
    public const int InvalidSettingsExitCode = 3;

    public static RootCommand Build()
    {
        var stdio = new Option<bool>("--stdio") { Description = "Serve MCP over stdin/stdout (what desktop MCP clients launch). The default." };
        var http = new Option<bool>("--http") { Description = "Serve MCP over Streamable HTTP at /mcp (also /mcp/readonly and /mcp/x/{toolset}[/readonly])." };
        var host = new Option<string?>("--host") { Description = "HTTP bind address (env CSMCP_HTTP_HOST). Default 127.0.0.1." };
        var port = new Option<int?>("--port") { Description = $"HTTP port (env CSMCP_HTTP_PORT). Default {DefaultHttpPort}." };
        var toolsets = new ToolsetOptions();

        var root = new RootCommand(
            "CsMcp - Customer Success MCP server. Data: SQLite in CSMCP_DATA_DIR, or PostgreSQL when DATABASE_URL is set. "
            + "Metrics and health on METRICS_HOST:METRICS_PORT (default 0.0.0.0:9090).")
        {
            stdio, http, host, port,
        };
        foreach (var option in toolsets.All)
            root.Options.Add(option);
        root.Subcommands.Add(SeedCommand.Build());
        root.Subcommands.Add(SyncCommand.Build());
        root.Validators.Add(result =>
        {
            if (result.GetValue(stdio) && result.GetValue(http))
                result.AddError("Choose one transport: --stdio or --http, not both.");
        });
        root.SetAction((result, cancellationToken) =>
        {
            var (_, weightErrors) = HealthWeightSettings.Parse(Environment.GetEnvironmentVariable);
            if (weightErrors.Count > 0)
            {
                Console.Error.WriteLine(HealthWeightSettings.StartupError(weightErrors));
                return Task.FromResult(InvalidSettingsExitCode);
            }

            var useHttp = result.GetValue(http);
            var tools = toolsets.Resolve(result, Environment.GetEnvironmentVariable, useHttp, ToolCatalog.Instance, Console.Error);
            if (tools is null)
                return Task.FromResult(ToolsetOptions.InvalidSelectionExitCode);
            if (!useHttp)
                return StdioServer.RunAsync(tools, cancellationToken);

            var bindHost = result.GetValue(host) ?? Environment.GetEnvironmentVariable("CSMCP_HTTP_HOST") ?? "127.0.0.1";
            var bindPort = result.GetValue(port)
                ?? (int.TryParse(Environment.GetEnvironmentVariable("CSMCP_HTTP_PORT"), out var p) ? p : DefaultHttpPort);
            return HttpServer.RunAsync(bindHost, bindPort, tools, cancellationToken);
        });
        return root;
    }
}
