using CsMcp.McpHost.ToolAccess.Discovery;
using CsMcp.McpHost.Tools;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.ToolAccess;

/// <summary>
/// Builds each session's tool collection from the server's configuration. The tool objects are created once. In static
/// mode no session ever changes its collection, so sessions without narrowing share one; a dynamic session (stdio: one per
/// process) and a narrowed HTTP request get their own.
/// </summary>
internal sealed class SessionToolsFactory
{
    private readonly Dictionary<string, McpServerTool> _catalogTools;
    private readonly IReadOnlyList<McpServerTool> _discoveryTools;
    private readonly SessionTools? _sharedStatic;

    public SessionToolsFactory(ToolCatalog catalog, ToolsetConfiguration configuration)
    {
        Catalog = catalog;
        Configuration = configuration;
        _catalogTools = catalog.CreateServerTools().ToDictionary(t => t.ProtocolTool.Name, StringComparer.Ordinal);
        _discoveryTools = configuration.Dynamic ? CreateDiscoveryTools(catalog) : [];
        _sharedStatic = configuration.Dynamic ? null : CreateForServer();
    }

    public ToolCatalog Catalog { get; }

    public ToolsetConfiguration Configuration { get; }

    /// <summary>The names of the discovery tools, listed first in dynamic mode.</summary>
    public static IReadOnlyList<string> DiscoveryToolNames { get; } =
        [ListAvailableToolsets.ToolName, GetToolsetTools.ToolName, EnableToolset.ToolName];

    /// <summary>A session with the server's own configuration (stdio, or HTTP without narrowing headers or path).</summary>
    public SessionTools ForServer() => _sharedStatic ?? CreateForServer();

    /// <summary>A session narrowed by one HTTP request's headers or path (composed within the server's selection).</summary>
    public SessionTools ForRequest(ToolSelection narrowed) =>
        new(Catalog, _catalogTools, _discoveryTools, narrowed, narrowed.Tools, Configuration.Dynamic);

    private SessionTools CreateForServer() =>
        new(Catalog, _catalogTools, _discoveryTools, Configuration.Allowed, Configuration.Initial.Tools, Configuration.Dynamic);

    public static IReadOnlyList<McpServerTool> CreateDiscoveryTools(ToolCatalog catalog) =>
        [new ListAvailableToolsets(catalog), new GetToolsetTools(catalog), new EnableToolset(catalog)];
}
