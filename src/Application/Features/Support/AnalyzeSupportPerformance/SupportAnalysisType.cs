namespace CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

/// <summary>The section analyze_support_performance returns (the original's analysis_type values).</summary>
public enum SupportAnalysisType
{
    Overview,
    Sla,
    Agent,
    Satisfaction,
    KnowledgeBase,
    Trends,
    Comparison,
}
