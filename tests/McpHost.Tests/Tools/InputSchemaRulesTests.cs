using System.Text.Json;
using CsMcp.McpHost.Tools;

namespace CsMcp.McpHost.Tests.Tools;

/// <summary>Rules every tool's input schema keeps, so a new tool cannot slip back to free strings for closed sets.</summary>
public sealed class InputSchemaRulesTests
{
    /// <summary>
    /// Argument names that always stand for a closed set of values, wherever they appear. Not "category": the original's
    /// collect_feedback takes free text under that name.
    /// </summary>
    private static readonly HashSet<string> ClosedSetNames = new(StringComparer.Ordinal)
    {
        "action", "analysis_scope", "campaign_type", "churn_reason", "current_stage", "enrolment_status", "event_type",
        "event_types", "granularity", "importance", "integrations", "intervention_level", "kind", "lifecycle_stage", "lifecycle_stages",
        "milestone_framework", "outcome", "pattern_types", "scoring_model", "segmentation_type", "severity", "status", "step_type",
        "survey_type", "target_stage", "tier", "tiers", "trigger_type",
    };

    public static TheoryData<string> Tools() => [.. ToolCatalog.Instance.Tools.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tools))]
    public void Closed_set_arguments_are_enums(string tool)
    {
        var missing = Properties(Schema(tool), string.Empty)
            .Where(p => ClosedSetNames.Contains(p.Name) && !HasEnum(p.Schema))
            .Select(p => p.Path)
            .ToList();

        Assert.True(missing.Count == 0, $"{tool}: closed-set arguments without an enum in the schema: {string.Join(", ", missing)}. Mark them [OneOf<TEnum>].");
    }

    [Theory]
    [MemberData(nameof(Tools))]
    public void Computed_properties_are_not_arguments(string tool)
    {
        var computed = Properties(Schema(tool), string.Empty).Where(p => p.Name is "is_empty" or "has_condition").Select(p => p.Path).ToList();

        Assert.Empty(computed);
    }

    private static JsonElement Schema(string tool) =>
        ToolCatalog.Instance.CreateServerTools().Single(t => t.ProtocolTool.Name == tool).ProtocolTool.InputSchema;

    private static bool HasEnum(JsonElement schema) =>
        schema.TryGetProperty("enum", out _) || (schema.TryGetProperty("items", out var items) && items.TryGetProperty("enum", out _));

    private static IEnumerable<(string Name, string Path, JsonElement Schema)> Properties(JsonElement schema, string prefix)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            yield break;
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                yield return (property.Name, prefix + property.Name, property.Value);
                foreach (var nested in Properties(property.Value, $"{prefix}{property.Name}."))
                    yield return nested;
            }
        }

        if (schema.TryGetProperty("items", out var items))
        {
            foreach (var nested in Properties(items, prefix.TrimEnd('.') + "[]."))
                yield return nested;
        }
    }
}
