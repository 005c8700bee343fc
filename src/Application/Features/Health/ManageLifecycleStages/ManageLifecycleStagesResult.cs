using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Health.ManageLifecycleStages;

/// <summary>mode "move" fills move; mode "report" fills report.</summary>
public sealed record ManageLifecycleStagesResult(string Mode, StageMove? Move, LifecycleReport? Report);

public sealed record StageMove(
    string ClientId,
    LifecycleStage FromStage,
    LifecycleStage ToStage,
    bool Changed,
    string Message,
    DateTime? ChangedAt,
    string? Reason,
    string? ChangedBy,
    AccountStatus AccountStatus,
    string? TimelineEventId,
    IReadOnlyList<LifecycleStage> AllowedNextStages);

public sealed record LifecycleReport(
    DateTime ComputedAt,
    AppliedScope FiltersApplied,
    string? ClientId,
    int TotalClients,
    IReadOnlyDictionary<string, int> StageDistribution,
    IReadOnlyDictionary<string, decimal> StageArr,
    IReadOnlyDictionary<string, StageDuration> AverageStageDuration,
    IReadOnlyList<TransitionCount>? StageTransitions,
    IReadOnlyDictionary<string, IReadOnlyList<LifecycleStage>> AllowedTransitions,
    CandidateList AtRiskCandidates,
    CandidateList ExpansionCandidates,
    CandidateList RenewalCandidates,
    IReadOnlyDictionary<string, StagePlaybook>? InterventionPlaybooks,
    IReadOnlyList<AutomationRule>? AutomatedWorkflows,
    IReadOnlyList<StageHistoryEntry>? ClientHistory,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

/// <summary>
/// From lifecycle_stage_changes: a completed stay runs from a change into the stage to the client's next change; a current stay
/// runs from the latest change to now. Null averages where there are no stays.
/// </summary>
public sealed record StageDuration(int CompletedStays, decimal? AverageDays, decimal? MedianDays, int CurrentStays, decimal? AverageCurrentDays);

public sealed record TransitionCount(LifecycleStage FromStage, LifecycleStage ToStage, int Count, int InLast90Days);

public sealed record CandidateList(int TotalCount, IReadOnlyList<StageCandidate> Clients, Page Pagination);

public sealed record StageCandidate(
    string ClientId,
    string ClientName,
    LifecycleStage CurrentStage,
    LifecycleStage SuggestedStage,
    decimal ContractValue,
    int? HealthScore,
    IReadOnlyList<string> Triggers);

/// <summary>Stated policy from the reference, not a measurement.</summary>
public sealed record StagePlaybook(string Objective, IReadOnlyList<string> Steps);

public sealed record StageHistoryEntry(LifecycleStage? FromStage, LifecycleStage ToStage, DateTime ChangedAt, string? Reason, string? ChangedBy);

/// <summary>Stated policy from the reference; matching_clients and matching_arr are counted from the clients in scope that have not churned.</summary>
public sealed record AutomationRule(string Name, string Trigger, string Action, int MatchingClients, decimal MatchingArr);
