using System.Text.Json;
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
        var typeInfo = (JsonTypeInfo<TRequest>)ToolJson.Options.GetTypeInfo(typeof(TRequest));
        arguments ??= new Dictionary<string, JsonElement>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var accepted = typeInfo.Properties.Select(p => p.Name).ToList();

        foreach (var name in arguments.Keys.Where(k => !accepted.Contains(k, StringComparer.Ordinal)))
            errors[name] = [$"'{name}' is not an argument of {toolName}. Accepted arguments: {string.Join(", ", accepted)}."];
        foreach (var property in typeInfo.Properties.Where(p => p.IsRequired && !arguments.ContainsKey(p.Name)))
            errors[property.Name] = [$"'{property.Name}' is required ({Expectation(property.PropertyType)})."];
        if (errors.Count > 0)
            throw new ValidationException(errors);

        try
        {
            var json = JsonSerializer.SerializeToUtf8Bytes(arguments, ToolJson.Options);
            return JsonSerializer.Deserialize(json, typeInfo)
                ?? throw new ValidationException("arguments", "must be a JSON object.");
        }
        catch (JsonException exception)
        {
            var path = ArgumentPath(exception.Path);
            var expected = ExpectedTypeAt(typeInfo, path);
            throw new ValidationException(path.Length == 0 ? "arguments" : path,
                $"'{path}' has the wrong type or format: expected {expected}{Received(arguments, path)}.");
        }
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
            typeInfo = ToolJson.Options.GetTypeInfo(type);
            if (segment.Contains('[', StringComparison.Ordinal) && typeInfo.ElementType is { } element)
            {
                type = element;
                typeInfo = ToolJson.Options.GetTypeInfo(element);
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

    private static string Received(IDictionary<string, JsonElement> arguments, string path)
    {
        var segments = path.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0 || !arguments.TryGetValue(segments[0].Split('[')[0], out var value))
            return string.Empty;
        foreach (var segment in segments.Skip(1))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(segment.Split('[')[0], out value))
                return string.Empty;
        }

        var raw = value.GetRawText();
        return $"; got {(raw.Length > 60 ? raw[..60] + "..." : raw)}";
    }
}
