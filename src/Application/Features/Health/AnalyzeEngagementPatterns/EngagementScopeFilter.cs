using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

[Description("Who to analyse. individual: client_id (required, nothing else). segment: at least one of health_min, health_max, tier, lifecycle_stage. "
    + "Omit it for all_customers.")]
public sealed record EngagementScopeFilter
{
    [Description("individual only: the client's id.")]
    public string? ClientId { get; init; }

    [Description("segment only: stored health score at least this, 0-100 (clients never scored are excluded).")]
    public int? HealthMin { get; init; }

    [Description("segment only: stored health score at most this, 0-100, >= health_min.")]
    public int? HealthMax { get; init; }

    [Description("segment only: starter, standard, professional or enterprise.")]
    public string? Tier { get; init; }

    [Description("segment only: onboarding, active, at_risk, churned, expansion or renewal.")]
    public string? LifecycleStage { get; init; }

    /// <summary>Any key that is not a filter; the validator rejects each by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }

    [JsonIgnore]
    public bool HasSegmentCondition => HealthMin is not null || HealthMax is not null || Tier is not null || LifecycleStage is not null;
}

public static class AnalysisScopes
{
    public const string AllCustomers = "all_customers";
    public const string Segment = "segment";
    public const string Individual = "individual";

    public static IReadOnlyList<string> All { get; } = [AllCustomers, Segment, Individual];
}

public static class PatternTypes
{
    public const string Temporal = "temporal";
    public const string FeatureUsage = "feature_usage";
    public const string Communication = "communication";
    public const string Support = "support";

    public static IReadOnlyList<string> All { get; } = [Temporal, FeatureUsage, Communication, Support];
}
