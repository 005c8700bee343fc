using CsMcp.Application.Common.Portfolio;

namespace CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

public sealed record AnalyzeSupportPerformanceResult(
    string? ClientId,
    AppliedScope FiltersApplied,
    TicketFilters TicketFilters,
    SupportAnalysisType AnalysisType,
    SupportPeriod Period,
    SupportFigures Summary,
    SlaSection? Sla,
    SatisfactionSection? Satisfaction,
    IReadOnlyList<GroupFigures>? ByTeam,
    IReadOnlyList<GroupFigures>? ByAgent,
    IReadOnlyList<WeekFigures>? Trends,
    ComparisonSection? Comparison,
    KnowledgeBaseSection? KnowledgeBase,
    IReadOnlyList<string> Recommendations,
    string ComputedFrom,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

public sealed record TicketFilters(string? Team, string? Agent, string? Priority);

/// <param name="Until">Exclusive end: the time of the call.</param>
public sealed record SupportPeriod(DateTime From, DateTime Until, int Days);

/// <summary>Minutes from ticket creation; null figures when no ticket got that far.</summary>
public sealed record MinutesFigures(int Tickets, decimal? Average, decimal? Median, decimal? P90);

/// <param name="SlaCompliance">Met / (met + breached) over both clocks; null when no clock has ended or breached.</param>
/// <param name="CsatResponseRate">Rated / resolved tickets.</param>
/// <param name="CsatNegativeShare">Share of ratings of 2 or less.</param>
public sealed record SupportFigures(
    int Tickets,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyDictionary<string, int> ByPriority,
    int Resolved,
    MinutesFigures FirstResponseMinutes,
    MinutesFigures ResolutionMinutes,
    decimal? FirstResponseSlaCompliance,
    decimal? ResolutionSlaCompliance,
    decimal? SlaCompliance,
    decimal? CsatAverage,
    decimal? CsatResponseRate,
    decimal? CsatNegativeShare,
    decimal? EscalationRate);

public sealed record SlaCounts(int Met, int Breached, int AtRisk, int OnTrack, decimal? Compliance);

/// <param name="AtRiskOpenTicketsNow">Open tickets in scope (whenever created) with a clock at risk now.</param>
/// <param name="BreachedOpenTicketsNow">Open tickets in scope (whenever created) with a clock past due now.</param>
public sealed record SlaSection(SlaCounts FirstResponse, SlaCounts Resolution, int AtRiskOpenTicketsNow, int BreachedOpenTicketsNow,
    IReadOnlyList<string> Issues);

public sealed record SatisfactionSection(int Resolved, int Rated, decimal? Average, decimal? ResponseRate, decimal? NegativeShare,
    IReadOnlyDictionary<string, int> ByRating, IReadOnlyList<string> Actions);

/// <param name="NeedsSupport">Agents only: SLA compliance below 0.85; null for teams and when compliance is missing.</param>
public sealed record GroupFigures(string Name, int Tickets, int Resolved, decimal? AverageFirstResponseMinutes, decimal? AverageResolutionMinutes,
    decimal? SlaCompliance, decimal? CsatAverage, decimal? EscalationRate, bool? NeedsSupport);

public sealed record WeekFigures(DateTime From, DateTime Until, int Tickets, decimal? AverageFirstResponseMinutes, decimal? AverageResolutionMinutes,
    decimal? SlaCompliance, decimal? CsatAverage, decimal? EscalationRate);

/// <param name="Direction">improved, worse or unchanged (lower is better for minutes and escalation); null when either side is missing.</param>
public sealed record MetricChange(string Metric, decimal? Current, decimal? Previous, decimal? Change, string? Direction);

public sealed record ComparisonSection(SupportPeriod PreviousPeriod, int PreviousTickets, IReadOnlyList<MetricChange> Metrics);

public sealed record KnowledgeBaseSection(decimal? DeflectionRate, int? Articles, decimal? HelpfulnessRate, string Note);
