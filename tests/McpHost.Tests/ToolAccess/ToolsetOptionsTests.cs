using System.CommandLine;
using CsMcp.McpHost.Cli;
using CsMcp.McpHost.ToolAccess;

namespace CsMcp.McpHost.Tests.ToolAccess;

/// <summary>The command-line options and their environment fallbacks (an option wins over its variable).</summary>
public sealed class ToolsetOptionsTests
{
    [Fact]
    public void Options_win_over_environment_variables()
    {
        var (configuration, errors) = Resolve(
            "--toolsets support --read-only false",
            new() { ["CSMCP_TOOLSETS"] = "core", ["CSMCP_READ_ONLY"] = "true" });

        Assert.Equal("", errors);
        Assert.Equal(["analyze_support_performance", "handle_support_ticket"], configuration!.Allowed.Tools.Select(t => t.Name));
        Assert.False(configuration.Allowed.ReadOnly);
    }

    [Fact]
    public void Environment_variables_apply_when_options_are_absent_and_blank_ones_are_ignored()
    {
        var (configuration, _) = Resolve(
            "",
            new() { ["CSMCP_TOOLSETS"] = "  ", ["CSMCP_TOOLS"] = "track_renewals", ["CSMCP_EXCLUDE_TOOLS"] = "", ["CSMCP_READ_ONLY"] = "1", ["CSMCP_DYNAMIC_TOOLSETS"] = "yes" });

        Assert.True(configuration!.Dynamic);
        Assert.True(configuration.Allowed.ReadOnly);
        Assert.Equal(["track_renewals"], configuration.Initial.Tools.Select(t => t.Name));
    }

    [Fact]
    public void Bare_flags_turn_modes_on()
    {
        var (configuration, _) = Resolve("--read-only --dynamic-toolsets", []);

        Assert.True(configuration!.Dynamic);
        Assert.True(configuration.Allowed.ReadOnly);
    }

    [Fact]
    public void Problems_are_written_together_and_nothing_is_returned()
    {
        var (configuration, errors) = Resolve("--toolsets nope --dynamic-toolsets", new() { ["CSMCP_READ_ONLY"] = "sometimes" }, http: true);

        Assert.Null(configuration);
        Assert.Equal(
            """
            csmcp: cannot start with this tool selection:
              - CSMCP_READ_ONLY='sometimes' is not a boolean. Use true or false (also 1/0, yes/no, on/off).
              - --dynamic-toolsets works with the stdio transport only: stateless Streamable HTTP cannot send notifications/tools/list_changed. Over HTTP, choose toolsets per connection with the X-MCP-Toolsets header or the /mcp/x/{toolset} path.
              - Unknown toolset 'nope' in --toolsets (env CSMCP_TOOLSETS). Valid toolsets: all, default, core, onboarding, health, retention, communication, support, expansion, feedback, integrations, autonomous.
            Run with --help for the options; docs/toolsets.md lists every toolset and its tools.

            """.ReplaceLineEndings("\n"),
            errors.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Notes_about_choices_without_effect_are_written_but_do_not_stop_the_server()
    {
        var (configuration, errors) = Resolve("--toolsets core --tools register_client --read-only", []);

        Assert.NotNull(configuration);
        Assert.Equal("csmcp: note: register_client is named in --tools (env CSMCP_TOOLS) but changes data; read-only mode hides it.\n", errors.ReplaceLineEndings("\n"));
    }

    private static (ToolsetConfiguration? Configuration, string Errors) Resolve(string commandLine, Dictionary<string, string> environment, bool http = false)
    {
        var options = new ToolsetOptions();
        var root = new RootCommand();
        foreach (var option in options.All)
            root.Options.Add(option);
        var result = root.Parse(commandLine);
        Assert.Empty(result.Errors);
        using var errors = new StringWriter();
        var configuration = options.Resolve(result, name => environment.GetValueOrDefault(name), http, FakeCatalog.Instance, errors);
        return (configuration, errors.ToString());
    }
}
