using System.ComponentModel;
using System.Text.Json.Serialization;
using CsMcp.Application.Common.Portfolio;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

[Description("individual: client_id only. segment: at least one portfolio filter. Omit for all_customers.")]
public sealed record PatternScopeFilter : PortfolioScope
{
    [Description("individual only: the client's id.")]
    public string? ClientId { get; init; }

    [JsonIgnore]
    public bool HasSegmentCondition =>
        Tiers is { Count: > 0 } || LifecycleStages is { Count: > 0 } || Industries is { Count: > 0 } || Csm is not null
        || ArrMin is not null || ArrMax is not null || HealthScoreMin is not null || HealthScoreMax is not null || RenewalWithinDays is not null;
}

public enum AnalysisScope
{
    AllCustomers,
    Segment,
    Individual,
}

public enum PatternType
{
    Temporal,
    FeatureUsage,
    Communication,
    Support,
}
