using System.Reflection;
using CsMcp.Application;
using CsMcp.Application.Common.Tools;
using ModelContextProtocol.Server;

namespace CsMcp.McpHost.Tools;

/// <summary>Every [Tool] request of the Application assembly, in a fixed order: by toolset, then by name.</summary>
internal sealed class ToolCatalog
{
    private ToolCatalog(IReadOnlyList<ToolDescriptor> tools) => Tools = tools;

    public static ToolCatalog Instance { get; } = Discover(typeof(ApplicationAssembly).Assembly);

    public IReadOnlyList<ToolDescriptor> Tools { get; }

    public static ToolCatalog Discover(Assembly assembly)
    {
        var tools = assembly.GetTypes()
            .Select(ToolDescriptor.TryCreate)
            .OfType<ToolDescriptor>()
            .OrderBy(t => ToolsetOrder(t.Toolset))
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();

        var duplicate = tools.GroupBy(t => t.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Tool name '{duplicate.Key}' is declared more than once.");
        return new ToolCatalog(tools);
    }

    public IReadOnlyList<McpServerTool> CreateServerTools() =>
        [.. Tools.Select(d => (McpServerTool)Activator.CreateInstance(typeof(MediatorTool<,>).MakeGenericType(d.RequestType, d.ResponseType), d)!)];

    private static int ToolsetOrder(string toolset)
    {
        var index = Toolsets.Ordered.ToList().IndexOf(toolset);
        return index < 0 ? int.MaxValue : index;
    }
}
