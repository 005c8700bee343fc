using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Core.GetClientOverview;

public sealed record ClientOverviewResult(
    ClientRecord Client,
    ContractView Contract,
    HealthView Health,
    ActivityView Activity,
    UsageView? Usage,
    SupportView Support,
    EngagementView Engagement,
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
    string Basis,
    SnapshotView? LatestSnapshot);

/// <summary>The latest stored health snapshot (written by calculate_health_score); component scores are null where the component had no data.</summary>
public sealed record SnapshotView(
    DateTime CalculatedAt,
    int LookbackDays,
    string ScoringModel,
    int OverallScore,
    HealthTrend Trend,
    int? ScoreChange,
    decimal? UsageScore,
    decimal? EngagementScore,
    decimal? SupportScore,
    decimal? SatisfactionScore,
    decimal? PaymentScore);

/// <summary>The latest stored usage period (latest end day; the finest granularity on ties).</summary>
public sealed record UsageView(
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string Granularity,
    int TotalUsers,
    int ActiveUsers,
    decimal? ActiveUserRatio,
    decimal? LoginsPerActiveUserPerWeek);

/// <summary>Tickets not resolved or closed, the urgent (P0/P1) ones among them, and tickets created in the activity window.</summary>
public sealed record SupportView(int OpenTickets, int OpenUrgentTickets, DateTime? OldestOpenCreatedAt, int TicketsInWindow, int WindowDays);

/// <summary>Engagement events (meetings, e-mails, logins of named contacts...) stored for the client.</summary>
public sealed record EngagementView(DateTime? LastEngagementAt, int? DaysSinceLastEngagement, DateTime? LastLoginAt, int EventsInWindow, int WindowDays);

public sealed record ActivityView(
    int TotalEvents,
    int EventsInWindow,
    int WindowDays,
    DateTime? LastEventAt,
    IReadOnlyList<TimelineEvent> RecentEvents);

/// <summary>A rule that fired on stored data, with the data that made it fire.</summary>
public sealed record Observation(string Code, string Message, string Evidence);
