using CsMcp.McpHost.Composition;
using CsMcp.McpHost.Tools;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.ToolAccess;

/// <summary>
/// The tools one MCP session lists and may call (the SDK's tool collection for that session), and what it knows about
/// the others: which the session may still enable (dynamic mode) and why a hidden tool is refused.
/// Adding tools raises the collection's Changed event, which the SDK turns into notifications/tools/list_changed.
/// </summary>
internal sealed class SessionTools : McpServerPrimitiveCollection<McpServerTool>
{
    private readonly IReadOnlyDictionary<string, McpServerTool> _catalogTools;
    private readonly Lock _enabling = new();
    private string? _instructions;

    public SessionTools(
        ToolCatalog catalog,
        IReadOnlyDictionary<string, McpServerTool> catalogTools,
        IEnumerable<McpServerTool> discoveryTools,
        ToolSelection allowed,
        IEnumerable<ToolDescriptor> initial,
        bool dynamic)
        : base(StringComparer.Ordinal)
    {
        Catalog = catalog;
        Allowed = allowed;
        Dynamic = dynamic;
        _catalogTools = catalogTools;
        foreach (var tool in discoveryTools)
            Add(tool);
        foreach (var tool in initial)
            Add(catalogTools[tool.Name]);
    }

    public ToolCatalog Catalog { get; }

    /// <summary>Everything this session may call once enabled; in static mode, exactly what it lists.</summary>
    public ToolSelection Allowed { get; }

    public bool Dynamic { get; }

    /// <summary>The initialize instructions for this session, built on first use (before the session can enable anything).</summary>
    public string Instructions => LazyInitializer.EnsureInitialized(ref _instructions, () => ServerInstructions.Build(this));

    public bool IsListed(string toolName) => TryGetPrimitive(toolName, out _);

    /// <summary>The catalog tools this session lists now, in catalog order.</summary>
    public IReadOnlyList<ToolDescriptor> ListedCatalogTools => [.. Allowed.Tools.Where(t => IsListed(t.Name))];

    /// <summary>
    /// Why a call to a known tool that this session does not list is refused, with how to get it; null when the tool
    /// is listed or unknown to the catalog (an unknown name stays a protocol error).
    /// </summary>
    public string? RefusalFor(string toolName)
    {
        if (IsListed(toolName) || Catalog.Find(toolName) is not { } tool)
            return null;
        return Allowed.WhyHidden(tool) is { } hidden
            ? RefusalMessages.Hidden(tool, hidden, Dynamic)
            : RefusalMessages.NotYetEnabled(tool);
    }

    /// <summary>Lists every allowed tool of a toolset; one list_changed notification however many tools it adds.</summary>
    public ToolsetEnabling Enable(string toolset)
    {
        var tools = Allowed.Tools.Where(t => t.Toolset == toolset).ToList();
        var added = new List<string>();
        var already = new List<string>();
        lock (_enabling)
        {
            using var batch = DeferChangedEvents();
            foreach (var tool in tools)
                (TryAdd(_catalogTools[tool.Name]) ? added : already).Add(tool.Name);
        }

        return new ToolsetEnabling(added, already);
    }
}

/// <summary>What enabling a toolset changed: tools newly listed, and tools that were listed already.</summary>
internal sealed record ToolsetEnabling(IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyListed);
