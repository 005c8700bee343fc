using System.Reflection;
using CsMcp.Application;
using CsMcp.Application.Common.Tools;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.Tools;

/// <summary>Every [Tool] request of the Application assembly, in a fixed order: by toolset, then by name.</summary>
internal sealed class ToolCatalog
{
    private readonly Dictionary<string, int> _positions;

    private ToolCatalog(IReadOnlyList<ToolDescriptor> tools)
    {
        Tools = tools;
        _positions = tools.Select((tool, index) => (tool.Name, index)).ToDictionary(p => p.Name, p => p.index, StringComparer.Ordinal);
        ToolsetsWithTools = [.. Toolsets.Ordered.Where(s => tools.Any(t => t.Toolset == s))];
    }

    public static ToolCatalog Instance { get; } = Discover(typeof(ApplicationAssembly).Assembly);

    public IReadOnlyList<ToolDescriptor> Tools { get; }

    /// <summary>The toolsets that have at least one tool, in <see cref="Toolsets.Ordered"/> order.</summary>
    public IReadOnlyList<string> ToolsetsWithTools { get; }

    public static ToolCatalog Discover(Assembly assembly) => FromTypes(assembly.GetTypes());

    public static ToolCatalog FromTypes(IEnumerable<Type> types)
    {
        var tools = types
            .Select(ToolDescriptor.TryCreate)
            .OfType<ToolDescriptor>()
            .OrderBy(t => ToolsetOrder(t.Toolset))
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var duplicate = tools.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Tool name '{duplicate.Key}' is declared more than once.");
        var stray = tools.FirstOrDefault(t => ToolsetOrder(t.Toolset) == int.MaxValue);
        if (stray is not null)
        {
            throw new InvalidOperationException(
                $"Tool '{stray.Name}' names toolset '{stray.Toolset}', which is not declared in Toolsets.Ordered ({string.Join(", ", Toolsets.Ordered)}).");
        }

        return new ToolCatalog(tools);
    }

    public ToolDescriptor? Find(string name) => _positions.TryGetValue(name, out var index) ? Tools[index] : null;

    public IEnumerable<ToolDescriptor> InToolset(string toolset) => Tools.Where(t => t.Toolset == toolset);

    /// <summary>Position of a tool in the catalog order (-1 when unknown), for sorting tools/list.</summary>
    public int IndexOf(string name) => _positions.TryGetValue(name, out var index) ? index : -1;

    public IReadOnlyList<McpServerTool> CreateServerTools() =>
        [.. Tools.Select(d => (McpServerTool)Activator.CreateInstance(typeof(MediatorTool<,>).MakeGenericType(d.RequestType, d.ResponseType), d)!)];

    private static int ToolsetOrder(string toolset)
    {
        var index = Toolsets.Ordered.ToList().IndexOf(toolset);
        return index < 0 ? int.MaxValue : index;
    }
}
