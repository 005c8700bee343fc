using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using CsMcp.Application.Common.Tools;

namespace CsMcp.McpHost.Tools;

/// <summary>The argument names of one object type on the wire: canonical names, their aliases, and the nested shapes.</summary>
internal sealed class ArgumentShape
{
    private static readonly ConcurrentDictionary<Type, ArgumentShape?> Shapes = new();

    private ArgumentShape(JsonTypeInfo typeInfo)
    {
        Properties = [.. typeInfo.Properties.Where(p => !p.IsExtensionData)];
        KeepsUnknown = typeInfo.Properties.Any(p => p.IsExtensionData);
        foreach (var property in Properties)
        {
            ByName[property.Name] = property;
            var aliases = property.AttributeProvider?.GetCustomAttributes(typeof(ArgumentAliasAttribute), inherit: true)
                .OfType<ArgumentAliasAttribute>().SelectMany(a => a.Aliases) ?? [];
            foreach (var alias in aliases)
                AliasOf[alias] = property.Name;
        }
    }

    public IReadOnlyList<JsonPropertyInfo> Properties { get; }

    /// <summary>The type collects unknown names itself ([JsonExtensionData]) so that its validator can name each one.</summary>
    public bool KeepsUnknown { get; }

    public Dictionary<string, JsonPropertyInfo> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>alias -> canonical name.</summary>
    public Dictionary<string, string> AliasOf { get; } = new(StringComparer.Ordinal);

    /// <summary>The shape of an object type; null for scalars, collections and dictionaries.</summary>
    public static ArgumentShape? For(Type type) => Shapes.GetOrAdd(type, static t =>
    {
        var typeInfo = ToolJson.Arguments.GetTypeInfo(t);
        return typeInfo.Kind == JsonTypeInfoKind.Object && typeInfo.Properties.Count > 0 ? new ArgumentShape(typeInfo) : null;
    });

    /// <summary>The element type of a list-valued property; null when the property is not a list.</summary>
    public static Type? ElementType(JsonPropertyInfo property)
    {
        var typeInfo = ToolJson.Arguments.GetTypeInfo(property.PropertyType);
        return typeInfo.Kind == JsonTypeInfoKind.Enumerable ? typeInfo.ElementType : null;
    }

    /// <summary>The known name closest to an unknown one (edit distance at most a third of its length, at least 2), if any.</summary>
    public string? Closest(string unknown)
    {
        var candidates = ByName.Keys.Concat(AliasOf.Keys);
        var limit = Math.Max(2, unknown.Length / 3);
        var best = candidates
            .Select(name => (Name: AliasOf.GetValueOrDefault(name, name), Distance: Distance(unknown, name)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
