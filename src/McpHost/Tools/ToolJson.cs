using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CsMcp.McpHost.Tools;

/// <summary>The JSON contract of every tool: snake_case names, enums as snake_case strings, nulls kept, strict numbers.</summary>
internal static class ToolJson
{
    public static JsonSerializerOptions Options { get; } = Create(forArguments: false);

    /// <summary>
    /// The same contract for tool arguments, without computed (get-only) properties such as <c>IsEmpty</c>: a caller
    /// cannot set them, so they are neither arguments nor in the input schema.
    /// </summary>
    public static JsonSerializerOptions Arguments { get; } = Create(forArguments: true);

    private static JsonSerializerOptions Create(bool forArguments)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        if (forArguments)
            resolver.Modifiers.Add(DropComputedProperties);

        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
            TypeInfoResolver = resolver,

            // Results are read by models, not embedded in HTML: "+" and ">" stay themselves instead of \u002B and \u003E.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }

    private static void DropComputedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
            return;
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i] is { Set: null, IsExtensionData: false })
                typeInfo.Properties.RemoveAt(i);
        }
    }
}
