using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CsMcp.Application.Features.Health.SegmentByValueTier;

[Description("One value tier: an ARR band [min_arr, max_arr) and, optionally, the service policy for it.")]
public sealed record ValueTierDefinition
{
    [Description("Tier id: 1-50 lowercase letters, digits or underscores, unique.")]
    public required string TierId { get; init; }

    [Description("Human name; defaults to the tier id.")]
    public string? Name { get; init; }

    [Description("Lowest ARR in the tier (inclusive), >= 0. The lowest tier must start at 0.")]
    public required decimal MinArr { get; init; }

    [Description("ARR upper bound (exclusive); must equal the next tier's min_arr. Omit (null) for the top tier only.")]
    public decimal? MaxArr { get; init; }

    [Description("Policy: service level name, e.g. platinum.")]
    public string? ServiceLevel { get; init; }

    [Description("Policy: clients per CSM, 1-100000; omit for self-service tiers.")]
    public int? ClientsPerCsm { get; init; }

    [Description("Policy: support response SLA in hours, 1-720.")]
    public int? ResponseSlaHours { get; init; }

    [Description("Policy: annual cost of one CSM for this tier (USD), used for resource planning.")]
    public decimal? CsmAnnualCost { get; init; }

    [Description("Accepted for compatibility; no effect: tiers are ranked by min_arr.")]
    public int? Priority { get; init; }
}

/// <summary>
/// tier_definitions in either shape: an array of tiers, or the original's object of tier id -> tier (tier_id taken from the key).
/// A type of its own so the host passes it through as given instead of wrapping an object in a list.
/// </summary>
[JsonConverter(typeof(ValueTierDefinitionsConverter))]
public sealed record ValueTierDefinitions(IReadOnlyList<ValueTierDefinition> Tiers);

public sealed class ValueTierDefinitionsConverter : JsonConverter<ValueTierDefinitions>
{
    public override ValueTierDefinitions? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
            return new(JsonSerializer.Deserialize<List<ValueTierDefinition>>(ref reader, options) ?? []);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("Expected an array of tiers or an object of tier id -> tier.");
        var tiers = new List<ValueTierDefinition>();
        foreach (var (id, value) in JsonNode.Parse(ref reader)!.AsObject())
        {
            if (value is not JsonObject tier)
                throw new JsonException($"Tier '{id}' must be an object with min_arr.");
            var copy = tier.DeepClone().AsObject();
            copy.TryAdd("tier_id", id);
            tiers.Add(copy.Deserialize<ValueTierDefinition>(options)!);
        }

        return new(tiers);
    }

    public override void Write(Utf8JsonWriter writer, ValueTierDefinitions value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.Tiers, options);
    }
}

/// <summary>The reference's five ARR tiers and their service policy (§1.3.7), used when tier_definitions is omitted.</summary>
public static class DefaultValueTiers
{
    public static IReadOnlyList<ValueTierDefinition> All { get; } =
    [
        new() { TierId = "strategic", Name = "Strategic", MinArr = 200_000m, ServiceLevel = "platinum", ClientsPerCsm = 8, ResponseSlaHours = 1, CsmAnnualCost = 120_000m },
        new() { TierId = "enterprise", Name = "Enterprise", MinArr = 100_000m, MaxArr = 200_000m, ServiceLevel = "gold", ClientsPerCsm = 18, ResponseSlaHours = 2, CsmAnnualCost = 100_000m },
        new() { TierId = "professional", Name = "Professional", MinArr = 50_000m, MaxArr = 100_000m, ServiceLevel = "silver", ClientsPerCsm = 45, ResponseSlaHours = 4, CsmAnnualCost = 80_000m },
        new() { TierId = "standard", Name = "Standard", MinArr = 10_000m, MaxArr = 50_000m, ServiceLevel = "bronze", ClientsPerCsm = 120, ResponseSlaHours = 8, CsmAnnualCost = 80_000m },
        new() { TierId = "starter", Name = "Starter", MinArr = 0m, MaxArr = 10_000m, ServiceLevel = "self_service", ResponseSlaHours = 24 },
    ];
}
