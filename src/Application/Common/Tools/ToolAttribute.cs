namespace CsMcp.Application.Common.Tools;

/// <summary>
/// Marks a request record as an MCP tool. Our own metadata, free of MCP types: the host turns it into
/// the tool's name, title and annotations. Hints default to the safe side for a read tool.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ToolAttribute(string name, string toolset) : Attribute
{
    /// <summary>snake_case tool name: the public contract, equal to the original's where it had one.</summary>
    public string Name { get; } = name;

    /// <summary>The category the tool belongs to (core, health, retention, ...).</summary>
    public string Toolset { get; } = toolset;

    public required string Title { get; init; }
    public bool ReadOnly { get; init; }
    public bool Destructive { get; init; }
    public bool Idempotent { get; init; }

    /// <summary>True when the tool talks to systems outside CsMcp's own database.</summary>
    public bool OpenWorld { get; init; }
}
