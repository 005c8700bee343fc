using System.ComponentModel;
using CsMcp.Application.Common.Portfolio;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

[Description("individual: client_id only. segment: at least one portfolio filter. Omit for all_customers.")]
public sealed record PatternScopeFilter : PortfolioScope
{
    [Description("individual only.")]
    public string? ClientId { get; init; }
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
