using CsMcp.McpHost.Tools;
using ToolsetNames = CsMcp.Application.Common.Tools.Toolsets;

namespace CsMcp.McpHost.ToolAccess;

/// <summary>
/// The tools one source of choices exposes, in catalog order: (tools of the chosen toolsets + the named tools)
/// - the excluded tools, then only read-only tools when read-only mode is on. A selection composed within a
/// ceiling (an HTTP request within the server's own selection) can only narrow it: read-only stays on and
/// nothing outside the ceiling is added. Pure: no I/O, no MCP types.
/// </summary>
internal sealed class ToolSelection
{
    public const string AllKeyword = "all";
    public const string DefaultKeyword = "default";

    private readonly HashSet<string> _exposed;
    private readonly HashSet<string> _excluded;
    private readonly IReadOnlyList<string> _named;
    private readonly bool _ownReadOnly;

    private ToolSelection(
        IReadOnlyList<ToolDescriptor> tools,
        IReadOnlyList<string> toolsets,
        IReadOnlyList<string> named,
        HashSet<string> excluded,
        bool ownReadOnly,
        ChoiceSource source,
        ToolSelection? ceiling,
        IReadOnlyList<string> notes)
    {
        Tools = tools;
        Toolsets = toolsets;
        _exposed = tools.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        _named = named;
        _excluded = excluded;
        _ownReadOnly = ownReadOnly;
        ReadOnly = ownReadOnly || ceiling?.ReadOnly == true;
        Source = source;
        Ceiling = ceiling;
        Notes = notes;
    }

    /// <summary>The selected tools, in catalog order.</summary>
    public IReadOnlyList<ToolDescriptor> Tools { get; }

    /// <summary>The chosen toolsets after expanding <c>all</c> and <c>default</c>, in toolset order.</summary>
    public IReadOnlyList<string> Toolsets { get; }

    public bool ReadOnly { get; }

    public ChoiceSource Source { get; }

    /// <summary>The selection this one narrows, if any.</summary>
    public ToolSelection? Ceiling { get; }

    /// <summary>Choices that were valid but had no effect (a write tool named while read-only, a tool both added and excluded).</summary>
    public IReadOnlyList<string> Notes { get; }

    public static IReadOnlyList<string> ToolsetKeywordsAndNames { get; } = [AllKeyword, DefaultKeyword, .. ToolsetNames.Ordered];

    public bool Contains(string toolName) => _exposed.Contains(toolName);

    /// <summary>
    /// Composes a selection and checks every name against the catalog (and against the ceiling, which a narrowing
    /// may not widen). Throws <see cref="ToolSelectionException"/> listing every problem with the valid names.
    /// When the source names no toolset: the default toolsets, or none if it names tools; within a ceiling, all of it.
    /// A declared toolset without tools yet is a valid name everywhere, so configurations can name toolsets before they ship.
    /// </summary>
    public static ToolSelection Compose(ToolCatalog catalog, ToolsetChoices choices, ChoiceSource source, ToolSelection? ceiling = null)
    {
        var problems = new List<string>();
        var toolsets = ExpandToolsets(catalog, choices, source, ceiling, problems);
        var named = CheckTools(catalog, choices.Tools, source.Tools, ceiling, problems);
        var excluded = CheckTools(catalog, choices.ExcludeTools, source.ExcludeTools, ceiling: null, problems);
        if (problems.Count > 0)
            throw new ToolSelectionException(problems);

        var readOnly = choices.ReadOnly || ceiling?.ReadOnly == true;
        var tools = catalog.Tools
            .Where(t => toolsets.Contains(t.Toolset, StringComparer.Ordinal) || named.Contains(t.Name))
            .Where(t => !excluded.Contains(t.Name))
            .Where(t => !readOnly || t.Metadata.ReadOnly)
            .Where(t => ceiling is null || ceiling.Contains(t.Name))
            .ToList();

        var notes = new List<string>();
        foreach (var name in choices.Tools.Where(excluded.Contains))
            notes.Add($"{name} is named in both {source.Tools} and {source.ExcludeTools}; it is excluded.");
        foreach (var tool in choices.Tools.Select(catalog.Find).OfType<ToolDescriptor>().Where(t => readOnly && !t.Metadata.ReadOnly && !excluded.Contains(t.Name)))
            notes.Add($"{tool.Name} is named in {source.Tools} but changes data; read-only mode hides it.");

        return new ToolSelection(tools, toolsets, [.. choices.Tools.Where(named.Contains)], excluded, choices.ReadOnly, source, ceiling, notes);
    }

    /// <summary>Why this selection leaves a catalog tool out (the ceiling's reason first), or null when it is selected.</summary>
    public HiddenReason? WhyHidden(ToolDescriptor tool)
    {
        if (Ceiling?.WhyHidden(tool) is { } outer)
            return outer;
        if (Contains(tool.Name))
            return null;
        if (_ownReadOnly && !tool.Metadata.ReadOnly)
            return new HiddenReason(HiddenKind.ReadOnlyMode, Source, tool.Toolset, Toolsets);
        if (_excluded.Contains(tool.Name))
            return new HiddenReason(HiddenKind.Excluded, Source, tool.Toolset, Toolsets);
        return new HiddenReason(HiddenKind.NotSelected, Source, tool.Toolset, Toolsets);
    }

    /// <summary>The problem to report when a selection leaves nothing to serve, with what the catalog does offer.</summary>
    public string DescribeEmpty(ToolCatalog catalog, string subject)
    {
        var offered = catalog.ToolsetsWithTools.Select(s =>
        {
            var tools = catalog.InToolset(s).ToList();
            return $"{s} ({tools.Count} {(tools.Count == 1 ? "tool" : "tools")}, {tools.Count(t => t.Metadata.ReadOnly)} read-only)";
        });
        var chosen = Toolsets.Select(s => catalog.ToolsetsWithTools.Contains(s, StringComparer.Ordinal) ? s : $"{s} (no tools yet)");
        return $"{subject} leaves no tool to serve (toolsets: {List(chosen)}; tools: {List(_named)}; read-only: {(ReadOnly ? "yes" : "no")}). "
            + $"Toolsets that have tools: {string.Join(", ", offered)}.";
    }

    private static List<string> ExpandToolsets(ToolCatalog catalog, ToolsetChoices choices, ChoiceSource source, ToolSelection? ceiling, List<string> problems)
    {
        var requested = choices.Toolsets
            ?? (choices.Tools.Count > 0 ? [] : ceiling is null ? [DefaultKeyword] : [AllKeyword]);
        var available = ceiling is null ? null : AvailableToolsets(catalog, ceiling);
        var chosen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in requested)
        {
            if (name == AllKeyword)
            {
                chosen.UnionWith(ToolsetNames.Ordered);
            }
            else if (name == DefaultKeyword)
            {
                chosen.UnionWith(ToolsetNames.Default);
            }
            else if (!ToolsetNames.Ordered.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"Unknown toolset '{name}' in {source.Toolsets}. Valid toolsets: {string.Join(", ", ToolsetKeywordsAndNames)}.");
            }
            else if (available is not null && !available.Contains(name, StringComparer.Ordinal) && catalog.ToolsetsWithTools.Contains(name, StringComparer.Ordinal))
            {
                problems.Add($"Toolset '{name}' in {source.Toolsets} is not available on this server. Available toolsets: {List(available)}.");
            }
            else
            {
                chosen.Add(name);
            }
        }

        return [.. ToolsetNames.Ordered.Where(chosen.Contains)];
    }

    private static HashSet<string> CheckTools(ToolCatalog catalog, IReadOnlyList<string> names, string option, ToolSelection? ceiling, List<string> problems)
    {
        var valid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var tool = catalog.Find(name);
            if (tool is null)
                problems.Add($"Unknown tool '{name}' in {option}. Valid tools: {string.Join(", ", catalog.Tools.Select(t => t.Name))}.");
            else if (ceiling?.WhyHidden(tool) is { } hidden)
                problems.Add($"Tool '{name}' in {option} is not available on this server: {hidden.Short}. Available tools: {List(ceiling.Tools.Select(t => t.Name))}.");
            else
                valid.Add(name);
        }

        return valid;
    }

    private static List<string> AvailableToolsets(ToolCatalog catalog, ToolSelection ceiling) =>
        [.. catalog.ToolsetsWithTools.Where(s => ceiling.Tools.Any(t => t.Toolset == s))];

    private static string List(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "none" : text;
    }
}
