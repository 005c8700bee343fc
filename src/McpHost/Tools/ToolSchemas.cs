using System.Text.Json;
using System.Text.Json.Nodes;
using CsMcp.Application.Common.Tools;
using Microsoft.Extensions.AI;

namespace CsMcp.McpHost.Tools;

/// <summary>
/// JSON schemas of tool requests and results, as small as they can be without losing a rule (ADR-008). Closed sets
/// (<see cref="OneOfAttribute{TEnum}"/>) become <c>enum</c>s, which say the type themselves; an optional argument's type
/// drops <c>null</c> (leaving it out means the same); the root description goes (the tool description already says it).
/// </summary>
internal static class ToolSchemas
{
    private static readonly AIJsonSchemaCreateOptions InputOptions = new()
    {
        TransformOptions = new AIJsonSchemaTransformOptions { DisallowAdditionalProperties = false },
        TransformSchemaNode = ApplyClosedSet,
    };

    private static readonly AIJsonSchemaCreateOptions OutputOptions = new()
    {
        TransformOptions = new AIJsonSchemaTransformOptions { DisallowAdditionalProperties = false },
    };

    public static JsonElement Input(Type requestType)
    {
        var node = Create(requestType, ToolJson.Arguments, InputOptions);
        DropNullFromOptional(node);
        // A tool without arguments still lists an empty "properties": some clients read it unconditionally.
        node["properties"] ??= new JsonObject();
        return JsonSerializer.SerializeToElement(node);
    }

    /// <summary>
    /// In this object schema and every nested one: an optional property's type without null, and no additionalProperties
    /// (the binder rejects an unknown argument itself, naming the closest known one).
    /// </summary>
    private static void DropNullFromOptional(JsonObject schema)
    {
        schema.Remove("additionalProperties");
        if (schema["properties"] is JsonObject properties)
        {
            var required = (schema["required"] as JsonArray)?.Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (name, property) in properties)
            {
                if (property is not JsonObject child)
                    continue;
                if (!required.Contains(name))
                    DropNullType(child);
                DropNullFromOptional(child);
            }
        }

        if (schema["items"] is JsonObject items)
            DropNullFromOptional(items);
    }

    public static JsonElement Output(Type resultType) => JsonSerializer.SerializeToElement(Create(resultType, ToolJson.Options, OutputOptions));

    private static JsonObject Create(Type type, JsonSerializerOptions serializerOptions, AIJsonSchemaCreateOptions options)
    {
        var schema = AIJsonUtilities.CreateJsonSchema(type, serializerOptions: serializerOptions, inferenceOptions: options);
        var node = JsonNode.Parse(schema.GetRawText())!.AsObject();
        node.Remove("description");
        return node;
    }

    private static JsonNode ApplyClosedSet(AIJsonSchemaCreateContext context, JsonNode node)
    {
        var set = context.PropertyAttributeProvider?.GetCustomAttributes(inherit: true).OfType<IClosedSet>().FirstOrDefault();
        if (set is null || node is not JsonObject schema)
            return node;
        var target = schema["items"] as JsonObject ?? schema;
        target["enum"] = new JsonArray([.. set.Codes.Select(c => (JsonNode)JsonValue.Create(c))]);
        var isString = target["type"] switch
        {
            JsonValue type => type.GetValue<string>() == "string",
            JsonArray types => types.All(t => t?.GetValue<string>() is "string" or "null"),
            _ => false,
        };
        if (isString)
            target.Remove("type");
        return node;
    }

    private static void DropNullType(JsonObject schema)
    {
        if (schema["type"] is JsonArray types && types.Count == 2 && types.Any(t => t?.GetValue<string>() == "null"))
            schema["type"] = types.First(t => t?.GetValue<string>() != "null")!.GetValue<string>();
    }
}
