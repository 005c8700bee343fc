using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.GetClientOverview;

public sealed record ClientOverviewResult(
    ClientRecord Client,
    ContractView Contract,
    HealthView Health,
    ActivityView Activity,
    IReadOnlyList<Observation> AttentionAreas,
    IReadOnlyList<string> DataGaps,
    DateTime ComputedAt);

public sealed record ContractView(
    decimal ContractValue,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly RenewalDate,
    int TermDays,
    int DaysUntilRenewal,
    string ContractStatus);

public sealed record HealthView(
    int? Score,
    HealthTrend? Trend,
    DateTime? CalculatedAt,
    decimal? RenewalProbability,
    string? RenewalRiskLevel,
    string Basis);

public sealed record ActivityView(
    int TotalEvents,
    int EventsInWindow,
    int WindowDays,
    DateTime? LastEventAt,
    IReadOnlyList<TimelineEvent> RecentEvents);

/// <summary>A rule that fired on stored data, with the data that made it fire.</summary>
public sealed record Observation(string Code, string Message, string Evidence);
