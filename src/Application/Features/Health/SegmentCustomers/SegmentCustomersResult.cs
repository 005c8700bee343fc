using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

public sealed record SegmentCustomersResult(
    string SegmentationType,
    string Rule,
    DateTime ComputedAt,
    AppliedScope FiltersApplied,
    int MinSegmentSize,
    int TotalClientsAnalyzed,
    int SegmentsCreated,
    IReadOnlyList<CustomerSegment> Segments,
    UnsegmentedClients Unsegmented,
    SegmentDistribution SegmentDistribution,
    ConcentrationAnalysis ConcentrationAnalysis,
    SegmentBenchmarks? Benchmarks,
    IReadOnlyList<SegmentRecommendation>? Recommendations,
    IReadOnlyList<SegmentMember> Members,
    Page Pagination,
    IReadOnlyList<string> Notes);

/// <summary>A segment with at least min_segment_size clients. Averages and outcomes come from the stored rows of its members.</summary>
public sealed record CustomerSegment(
    string SegmentId,
    string Name,
    string Rule,
    int ClientCount,
    decimal TotalArr,
    decimal AverageArr,
    decimal? AverageHealthScore,
    int ScoredClients,
    int UnscoredClients,
    decimal? ShareOfClientsPercent,
    decimal? ShareOfArrPercent,
    SegmentOutcomes Outcomes);

/// <summary>
/// Counted from stored data: clients at risk or churned by lifecycle stage, renewals due in the next 90 days by renewal date,
/// and the NPS of the members' answers in the last 365 days (null without answers).
/// </summary>
public sealed record SegmentOutcomes(int AtRiskClients, int ChurnedClients, int RenewalsNext90Days, decimal? Nps, int NpsResponses);

/// <summary>Clients in no emitted segment: not matched by any rule, or in a segment smaller than min_segment_size.</summary>
public sealed record UnsegmentedClients(
    int NotMatched,
    IReadOnlyDictionary<string, int> NotMatchedReasons,
    int InSegmentsBelowMinSize,
    IReadOnlyList<string> SegmentsBelowMinSize);

public sealed record SegmentDistribution(
    IReadOnlyDictionary<string, int> ByCount,
    IReadOnlyDictionary<string, decimal> ByArr,
    IReadOnlyDictionary<string, decimal?> ByPercentage);

/// <summary>Pareto: segments sorted by ARR descending, counted until their cumulative ARR reaches 80% of the segmented ARR.</summary>
public sealed record ConcentrationAnalysis(
    string? TopSegmentByCount,
    string? TopSegmentByArr,
    int? SegmentsHoldingEightyPercentOfArr,
    decimal? ShareOfSegmentsHoldingEightyPercentOfArr,
    decimal? TopSegmentArrSharePercent);

public sealed record SegmentMember(
    string SegmentId,
    string ClientId,
    string ClientName,
    ClientTier Tier,
    LifecycleStage LifecycleStage,
    string? Industry,
    decimal ContractValue,
    int? HealthScore,
    string Basis);

/// <summary>The analysed clients as a whole (the baseline) and each segment against it; differences are segment minus baseline.</summary>
public sealed record SegmentBenchmarks(
    decimal? AverageHealthScore,
    decimal? AtRiskShare,
    decimal? AverageArr,
    int RenewalsNext90Days,
    IReadOnlyList<SegmentBenchmark> Segments,
    string Basis);

public sealed record SegmentBenchmark(
    string SegmentId,
    decimal? HealthScoreDifference,
    decimal? AtRiskShare,
    decimal? AtRiskShareDifference,
    decimal? AverageArrRatio);

public sealed record SegmentRecommendation(string Priority, string? SegmentId, string Action, string Evidence);
