using System.Reflection;

namespace CsMcp.Application.Common.Tools;

/// <summary>The [Tool] metadata of a request type, read once per type.</summary>
public static class ToolInfo<TRequest>
{
    public static ToolAttribute? Attribute { get; } = typeof(TRequest).GetCustomAttribute<ToolAttribute>();

    /// <summary>The tool name for metric labels; non-tool messages share one bounded label.</summary>
    public static string Name { get; } = Attribute?.Name ?? "internal";
}
