using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using CsMcp.Application.Common.Exceptions;

namespace CsMcp.McpHost.Tools;

/// <summary>
/// Turns a tools/call argument map into the request record. Unknown, missing and mistyped arguments become a
/// ValidationException naming each argument and what it expects, never a protocol error or a crash.
/// </summary>
internal static class ArgumentBinder
{
    public static TRequest Bind<TRequest>(string toolName, IDictionary<string, JsonElement>? arguments)
    {
        var typeInfo = (JsonTypeInfo<TRequest>)ToolJson.Arguments.GetTypeInfo(typeof(TRequest));
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var normalized = Normalize(ArgumentShape.For(typeof(TRequest))!, arguments ?? new Dictionary<string, JsonElement>(), string.Empty, toolName, errors);
        foreach (var property in typeInfo.Properties.Where(p => p.IsRequired && !normalized.ContainsKey(p.Name)))
            errors[property.Name] = [$"'{property.Name}' is required ({Expectation(property.PropertyType)})."];
        if (errors.Count > 0)
            throw new ValidationException(errors);

        try
        {
            return normalized.Deserialize(typeInfo)
                ?? throw new ValidationException("arguments", "must be a JSON object.");
        }
        catch (JsonException exception)
        {
            var path = ArgumentPath(exception.Path);
            var expected = ExpectedTypeAt(typeInfo, path);
            throw new ValidationException(path.Length == 0 ? "arguments" : path,
                $"'{path}' has the wrong type or format: expected {expected}{Received(normalized, path)}.");
        }
    }

    /// <summary>
    /// The arguments in canonical spelling: aliases renamed, a single value given for a list wrapped in one, nested objects
    /// likewise. Unknown names and an alias given together with its canonical name are reported, with the closest known name.
    /// </summary>
    private static JsonObject Normalize(ArgumentShape shape, IEnumerable<KeyValuePair<string, JsonElement>> arguments, string prefix, string owner,
        Dictionary<string, string[]> errors)
    {
        var result = new JsonObject();
        var givenAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (given, value) in arguments)
        {
            var name = shape.ByName.ContainsKey(given) ? given : shape.AliasOf.GetValueOrDefault(given);
            if (name is null && shape.KeepsUnknown)
            {
                result[given] = JsonNode.Parse(value.GetRawText());
                continue;
            }

            if (name is null)
            {
                var closest = shape.Closest(given);
                errors[prefix + given] = [$"'{prefix}{given}' is not an argument of {owner}.{(closest is null ? string.Empty : $" Did you mean '{closest}'?")} "
                    + $"Accepted: {string.Join(", ", shape.Properties.Select(p => p.Name))}."];
                continue;
            }

            if (givenAs.TryGetValue(name, out var first))
            {
                errors[prefix + name] = [$"'{prefix}{name}' is given twice, as '{first}' and as '{given}' (another spelling of it); give it once."];
                continue;
            }

            givenAs[name] = given;
            result[name] = Shape(shape.ByName[name], value, $"{prefix}{name}", errors);
        }

        return result;
    }

    private static JsonNode? Shape(JsonPropertyInfo property, JsonElement value, string path, Dictionary<string, string[]> errors)
    {
        var elementType = ArgumentShape.ElementType(property);
        if (elementType is not null)
        {
            if (value.ValueKind is not (JsonValueKind.Array or JsonValueKind.Null))
                value = JsonSerializer.SerializeToElement(new[] { value });
            if (ArgumentShape.For(elementType) is { } elementShape && value.ValueKind == JsonValueKind.Array)
            {
                return new JsonArray([.. value.EnumerateArray().Select((item, i) => item.ValueKind == JsonValueKind.Object
                    ? Normalize(elementShape, item.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)), $"{path}[{i}].", $"'{path}[{i}]'", errors)
                    : JsonNode.Parse(item.GetRawText()))]);
            }
        }
        else if (value.ValueKind == JsonValueKind.Object && ArgumentShape.For(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { } nested)
        {
            return Normalize(nested, value.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)), path + ".", $"'{path}'", errors);
        }

        return JsonNode.Parse(value.GetRawText());
    }

    private static string ArgumentPath(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) ? string.Empty : jsonPath.TrimStart('$').TrimStart('.').Replace("['", ".", StringComparison.Ordinal).Replace("']", string.Empty, StringComparison.Ordinal);

    private static string ExpectedTypeAt(JsonTypeInfo root, string path)
    {
        var typeInfo = root;
        var type = root.Type;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Split('[')[0];
            var property = typeInfo.Properties.FirstOrDefault(p => p.Name == name);
            if (property is null)
                break;
            type = property.PropertyType;
            typeInfo = ToolJson.Arguments.GetTypeInfo(type);
            if (segment.Contains('[', StringComparison.Ordinal) && typeInfo.ElementType is { } element)
            {
                type = element;
                typeInfo = ToolJson.Arguments.GetTypeInfo(element);
            }
        }

        return Expectation(type);
    }

    public static string Expectation(Type type)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        return core switch
        {
            _ when core == typeof(string) => "a string",
            _ when core == typeof(int) || core == typeof(long) => "an integer",
            _ when core == typeof(decimal) || core == typeof(double) || core == typeof(float) => "a number",
            _ when core == typeof(bool) => "true or false",
            _ when core == typeof(DateOnly) => "a date in YYYY-MM-DD format",
            _ when core == typeof(DateTime) || core == typeof(DateTimeOffset) => "an ISO 8601 timestamp",
            _ when core != typeof(string) && core.IsAssignableTo(typeof(System.Collections.IEnumerable)) => "an array",
            _ => "an object",
        };
    }

    private static string Received(JsonObject arguments, string path)
    {
        JsonNode? value = arguments;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (value is not JsonObject node || !node.TryGetPropertyValue(segment.Split('[')[0], out value))
                return string.Empty;
        }

        var raw = value?.ToJsonString() ?? "null";
        return $"; got {(raw.Length > 60 ? raw[..60] + "..." : raw)}";
    }
}
