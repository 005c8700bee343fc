using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

[Description("Options of the segmentation. industry: optional industries (only these become segments). custom: segments, the caller's rules.")]
public sealed record SegmentationCriteria
{
    [Description("industry only: the industries to segment by, matched case-insensitively against the clients' industry; clients in other industries are reported as unsegmented. Omit to use every industry in the portfolio.")]
    public IReadOnlyList<string>? Industries { get; init; }

    [Description("custom only (required there): 1-20 segments, evaluated in order; a client joins the first segment whose every given condition holds.")]
    public IReadOnlyList<CustomSegmentRule>? Segments { get; init; }

    /// <summary>Any key that is not a criterion; the validator rejects each by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }
}

[Description("One custom segment: an id, a name and conditions over stored client fields. Give at least one condition.")]
public sealed record CustomSegmentRule
{
    [Description("Segment id: 1-50 lowercase letters, digits or underscores, unique.")]
    public required string SegmentId { get; init; }

    [Description("Human name of the segment, 1-100 characters.")]
    public required string Name { get; init; }

    [Description("Client tiers (starter, standard, professional, enterprise); the client's tier must be one of them.")]
    public IReadOnlyList<string>? Tiers { get; init; }

    [Description("Lifecycle stages (onboarding, active, at_risk, churned, expansion, renewal); the client's stage must be one of them.")]
    public IReadOnlyList<string>? LifecycleStages { get; init; }

    [Description("Industries, matched case-insensitively; the client's industry must be one of them.")]
    public IReadOnlyList<string>? Industries { get; init; }

    [Description("ARR at least this (USD).")]
    public decimal? ArrMin { get; init; }

    [Description("ARR at most this (USD).")]
    public decimal? ArrMax { get; init; }

    [Description("Stored health score at least this, 0-100; unscored clients never match a health condition.")]
    public int? HealthScoreMin { get; init; }

    [Description("Stored health score at most this, 0-100.")]
    public int? HealthScoreMax { get; init; }

    /// <summary>Any key that is not a condition; the validator rejects each by name.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownFields { get; init; }

    public bool HasCondition =>
        Tiers is { Count: > 0 } || LifecycleStages is { Count: > 0 } || Industries is { Count: > 0 }
        || ArrMin is not null || ArrMax is not null || HealthScoreMin is not null || HealthScoreMax is not null;
}
