using System.ComponentModel;
using System.Reflection;
using CsMcp.Application.Common.Tools;

namespace CsMcp.McpHost.Tools;

/// <summary>What the catalog knows of one tool: its metadata and the request/response types behind it.</summary>
internal sealed record ToolDescriptor(ToolAttribute Metadata, string Description, Type RequestType, Type ResponseType)
{
    public string Name => Metadata.Name;
    public string Toolset => Metadata.Toolset;

    public static ToolDescriptor? TryCreate(Type type)
    {
        var metadata = type.GetCustomAttribute<ToolAttribute>();
        if (metadata is null)
            return null;

        var response = type.GetInterfaces()
            .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(Mediator.IQuery<>) || i.GetGenericTypeDefinition() == typeof(Mediator.ICommand<>)))
            .Select(i => i.GetGenericArguments()[0])
            .SingleOrDefault()
            ?? throw new InvalidOperationException($"Tool request {type.Name} must implement IQuery<T> or ICommand<T>.");
        var description = type.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"Tool request {type.Name} needs a [Description].");
        return new ToolDescriptor(metadata, description, type, response);
    }
}
