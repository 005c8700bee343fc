using System.ComponentModel;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

[Description("industry: industries; custom: segments, or dimensions/num_segments; else {}.")]
public sealed record SegmentationCriteria
{
    [Description("industry: segment only these (case-insensitive). Default all.")]
    public IReadOnlyList<string>? Industries { get; init; }

    [Description("custom: 1-20, in order; a client joins the first whose filters all hold.")]
    [ArgumentAlias("segment_criteria")]
    public IReadOnlyList<CustomSegmentRule>? Segments { get; init; }

    [Description("custom, no segments: rank by mean percentile of these. Default [arr].")]
    [OneOf<SegmentDimension>]
    public IReadOnlyList<string>? Dimensions { get; init; }

    [Description("custom, no segments: equal-count groups, lowest first, 2-10. Default 3.")]
    public int? NumSegments { get; init; }
}

/// <summary>One custom segment: an id, a name and portfolio filters (at least one) that a member must match.</summary>
[Description("segment_id, name, at least one filter.")]
public sealed record CustomSegmentRule : PortfolioScope
{
    [Description("Unique, 1-50 of a-z, 0-9, _.")]
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
