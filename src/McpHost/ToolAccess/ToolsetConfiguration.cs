using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.ToolAccess;

/// <summary>
/// The server's own tool configuration, fixed at startup. <see cref="Allowed"/> is everything a session may ever call
/// (the ceiling for HTTP headers and for enable_toolset); <see cref="Initial"/> is what a session lists at first.
/// Static mode: both are the selection. Dynamic mode: the allowed set is every toolset (minus exclusions, read-only
/// applied) and the initial set is only what was named explicitly, behind the three discovery tools.
/// </summary>
internal sealed record ToolsetConfiguration(ToolSelection Allowed, ToolSelection Initial, bool Dynamic)
{
    /// <summary>The default toolsets, no exclusions, read-write: what a server started without any toolset option serves.</summary>
    public static ToolsetConfiguration Default(ToolCatalog catalog) => Resolve(catalog, ToolsetChoices.None, dynamic: false);

    /// <summary>Checks the choices against the catalog; throws <see cref="ToolSelectionException"/> listing every problem.</summary>
    public static ToolsetConfiguration Resolve(ToolCatalog catalog, ToolsetChoices choices, bool dynamic)
    {
        var source = ChoiceSource.CommandLine;
        if (!dynamic)
        {
            var selection = ToolSelection.Compose(catalog, choices, source);
            if (selection.Tools.Count == 0)
                throw new ToolSelectionException([selection.DescribeEmpty(catalog, "The tool selection")]);
            return new ToolsetConfiguration(selection, selection, Dynamic: false);
        }

        var initial = ToolSelection.Compose(catalog, choices with { Toolsets = choices.Toolsets ?? [] }, source);
        var allowed = ToolSelection.Compose(catalog, choices with { Toolsets = [ToolSelection.AllKeyword], Tools = [] }, source);
        if (allowed.Tools.Count == 0)
            throw new ToolSelectionException([allowed.DescribeEmpty(catalog, "Dynamic toolsets with these exclusions")]);
        return new ToolsetConfiguration(allowed, initial, Dynamic: true);
    }
}
