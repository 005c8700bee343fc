using System.ComponentModel;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

[Description("industry: industries. custom: segments (your rules), or num_segments groups ranked by dimensions. Give {} for the other types.")]
public sealed record SegmentationCriteria
{
    [Description("industry only: only these industries become segments (case-insensitive). Omit for every industry.")]
    public IReadOnlyList<string>? Industries { get; init; }

    [Description("custom: 1-20 segments, in order; a client joins the first whose filters all hold.")]
    [ArgumentAlias("segment_criteria")]
    public IReadOnlyList<CustomSegmentRule>? Segments { get; init; }

    [Description("custom without segments: rank clients by the average percentile of these values. Default [arr].")]
    [OneOf<SegmentDimension>]
    public IReadOnlyList<string>? Dimensions { get; init; }

    [Description("custom without segments: equal-count groups, lowest rank first, 2-10. Default 3.")]
    public int? NumSegments { get; init; }
}

/// <summary>One custom segment: an id, a name and portfolio filters (at least one) that a member must match.</summary>
[Description("A segment: segment_id, name and at least one portfolio filter.")]
public sealed record CustomSegmentRule : PortfolioScope
{
    [Description("1-50 lowercase letters, digits or underscores, unique.")]
    public required string SegmentId { get; init; }

    [Description("1-100 characters.")]
    public required string Name { get; init; }
}

public enum SegmentationType
{
    ValueBased,
    UsageBased,
    HealthBased,
    Industry,
    Lifecycle,
    Custom,
}

/// <summary>The stored values a ranked custom segmentation can order clients by.</summary>
public enum SegmentDimension
{
    Arr,
    HealthScore,
    TenureDays,
}
