using System.Collections;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CsMcp.Infrastructure.Integrations.Http;

/// <summary>Turns the loosely typed property bags of the ports into JSON without reflection (AOT-safe).</summary>
public static class JsonProperties
{
    public static JsonObject? ToObjectOrNull(IReadOnlyDictionary<string, object?>? values) =>
        values is null || values.Count == 0 ? null : ToObject(values);

    public static JsonObject ToObject(IReadOnlyDictionary<string, object?> values)
    {
        var result = new JsonObject();
        foreach (var (key, value) in values)
            result[key] = ToNode(value, key);
        return result;
    }

    public static JsonNode? ToNode(object? value, string name) => value switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        int number => JsonValue.Create(number),
        long number => JsonValue.Create(number),
        short number => JsonValue.Create(number),
        byte number => JsonValue.Create(number),
        double number => JsonValue.Create(number),
        float number => JsonValue.Create(number),
        decimal number => JsonValue.Create(number),
        DateTime moment => JsonValue.Create(moment.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        DateTimeOffset moment => JsonValue.Create(moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        DateOnly date => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        Guid id => JsonValue.Create(id.ToString()),
        Enum member => JsonValue.Create(member.ToString()),
        IReadOnlyDictionary<string, object?> nested => ToObject(nested),
        IDictionary<string, object?> nested => ToObject(nested.ToDictionary(p => p.Key, p => p.Value)),
        IEnumerable items => ToArray(items, name),
        _ => throw new ArgumentException($"Property '{name}' has a value of type {value.GetType().Name}; use text, numbers, booleans, dates, lists or dictionaries.", nameof(value)),
    };

    private static JsonArray ToArray(IEnumerable items, string name)
    {
        var array = new JsonArray();
        foreach (var item in items)
            array.Add(ToNode(item, name));
        return array;
    }
}
