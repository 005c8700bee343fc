using System.CommandLine;
using CsMcp.McpHost.ToolAccess;
using CsMcp.McpHost.Tools;
using ToolsetNames = CsMcp.Application.Common.Tools.Toolsets;

namespace CsMcp.McpHost.Cli;

/// <summary>
/// The tool-selection options of the root command. Each falls back to its environment variable when absent;
/// an option on the command line wins over the variable.
/// </summary>
internal sealed class ToolsetOptions
{
    public const int InvalidSelectionExitCode = 2;

    private static readonly string ToolsetList = string.Join(", ", ToolsetNames.Ordered);

    public Option<string?> Toolsets { get; } = new("--toolsets")
    {
        Description = $"Comma-separated toolsets to expose (env CSMCP_TOOLSETS): {ToolsetList}; 'all' for every toolset, "
            + $"'default' for {string.Join(", ", ToolsetNames.Default)} (used when neither --toolsets nor --tools is given).",
        HelpName = "toolset,...",
    };

    public Option<string?> Tools { get; } = new("--tools")
    {
        Description = "Comma-separated tools to expose in addition to --toolsets (env CSMCP_TOOLS). Without --toolsets, only these tools.",
        HelpName = "tool,...",
    };

    public Option<string?> ExcludeTools { get; } = new("--exclude-tools")
    {
        Description = "Comma-separated tools never to expose, whatever selects them (env CSMCP_EXCLUDE_TOOLS).",
        HelpName = "tool,...",
    };

    public Option<bool?> ReadOnly { get; } = new("--read-only")
    {
        Description = "Expose only tools that read data and refuse every call to a tool that changes data (env CSMCP_READ_ONLY=true). "
            + "Wins over every other option.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public Option<bool?> DynamicToolsets { get; } = new("--dynamic-toolsets")
    {
        Description = "Start with three discovery tools (list_available_toolsets, get_toolset_tools, enable_toolset) and let the model "
            + "enable toolsets as it needs them; only toolsets named with --toolsets/--tools start enabled (env CSMCP_DYNAMIC_TOOLSETS=true). stdio only.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    public IEnumerable<Option> All => [Toolsets, Tools, ExcludeTools, ReadOnly, DynamicToolsets];

    /// <summary>
    /// The server's tool configuration from the parsed command line and the environment, or null after writing every
    /// problem (with the valid names) to <paramref name="error"/>.
    /// </summary>
    public ToolsetConfiguration? Resolve(ParseResult result, Func<string, string?> environment, bool http, ToolCatalog catalog, TextWriter error)
    {
        var problems = new List<string>();
        var readOnly = Flag(result, ReadOnly, "CSMCP_READ_ONLY", environment, problems);
        var dynamic = Flag(result, DynamicToolsets, "CSMCP_DYNAMIC_TOOLSETS", environment, problems);
        if (dynamic && http)
        {
            problems.Add("--dynamic-toolsets works with the stdio transport only: stateless Streamable HTTP cannot send notifications/tools/list_changed. "
                + "Over HTTP, choose toolsets per connection with the X-MCP-Toolsets header or the /mcp/x/{toolset} path.");
        }

        var choices = new ToolsetChoices(
            ToolsetChoices.ParseList(result.GetValue(Toolsets) ?? Variable(environment, "CSMCP_TOOLSETS")),
            ToolsetChoices.ParseList(result.GetValue(Tools) ?? Variable(environment, "CSMCP_TOOLS")) ?? [],
            ToolsetChoices.ParseList(result.GetValue(ExcludeTools) ?? Variable(environment, "CSMCP_EXCLUDE_TOOLS")) ?? [],
            readOnly);

        ToolsetConfiguration? configuration = null;
        try
        {
            configuration = ToolsetConfiguration.Resolve(catalog, choices, dynamic);
        }
        catch (ToolSelectionException invalid)
        {
            problems.AddRange(invalid.Problems);
        }

        if (problems.Count > 0)
        {
            error.WriteLine("csmcp: cannot start with this tool selection:");
            foreach (var problem in problems)
                error.WriteLine($"  - {problem}");
            error.WriteLine("Run with --help for the options; docs/toolsets.md lists every toolset and its tools.");
            return null;
        }

        foreach (var note in configuration!.Initial.Notes)
            error.WriteLine($"csmcp: note: {note}");
        return configuration;
    }

    /// <summary>An empty variable counts as unset (templated client configs often pass empty values).</summary>
    private static string? Variable(Func<string, string?> environment, string name) =>
        environment(name) is { Length: > 0 } value && value.Trim().Length > 0 ? value : null;

    private static bool Flag(ParseResult result, Option<bool?> option, string variable, Func<string, string?> environment, List<string> problems)
    {
        if (result.GetResult(option) is not null)
            return result.GetValue(option) ?? true;
        var value = environment(variable);
        var flag = ToolsetChoices.ParseFlag(value);
        if (flag is null)
            problems.Add($"{variable}='{value}' is not a boolean. Use true or false (also 1/0, yes/no, on/off).");
        return flag ?? false;
    }
}
