using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsMcp.McpHost.Tests.Support;

namespace CsMcp.McpHost.Tests.Compatibility;

/// <summary>
/// The original server's parameter lists (original-tool-params.json, a copy of shared/reference's): for each original tool,
/// its minimal call (the required parameters) and its all-defaults call (plus every optional parameter that has a default,
/// spelled and valued as the original documented it). Required parameters without a default take a value from
/// <see cref="OriginalCallSamples"/>.
/// </summary>
public static class OriginalCalls
{
    public const string Minimal = "minimal";
    public const string AllDefaults = "all_defaults";

    private static readonly Lazy<JsonObject> Tools = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Compatibility", "original-tool-params.json")))!["tools"]!.AsObject());

    public static IReadOnlyList<string> ToolNames => [.. Tools.Value.Select(t => t.Key)];

    public static IReadOnlyDictionary<string, JsonObject> Parameters(string tool) =>
        Tools.Value[tool]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.AsObject(), StringComparer.Ordinal);

    /// <summary>The arguments of one variant, in the original's spelling.</summary>
    public static Dictionary<string, object?> Arguments(string tool, string variant, OriginalCallSamples samples, DateOnly today)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, spec) in Parameters(tool))
        {
            var required = spec["required"]?.GetValue<bool>() == true;
            if (required)
                arguments[name] = spec.ContainsKey("default") || spec.ContainsKey("default_days_from_today") ? Default(spec, today) : samples.Value(tool, name, variant);
            else if (variant == AllDefaults && (spec.ContainsKey("default") || spec.ContainsKey("default_days_from_today")))
                arguments[name] = Default(spec, today);
        }

        return arguments;
    }

    private static object? Default(JsonObject spec, DateOnly today) =>
        spec["default_days_from_today"] is { } days
            ? today.AddDays(days.GetValue<int>()).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : JsonSerializer.Deserialize<JsonElement>(spec["default"]!.ToJsonString());
}
