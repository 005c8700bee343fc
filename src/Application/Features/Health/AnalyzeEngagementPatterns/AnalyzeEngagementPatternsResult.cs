using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

public sealed record AnalyzeEngagementPatternsResult(
    PatternScope Scope,
    TemporalPatterns? Temporal,
    FeatureUsagePatterns? FeatureUsage,
    CommunicationPatterns? Communication,
    SupportPatterns? Support,
    PredictiveInsights? PredictiveInsights,
    IReadOnlyList<string> MissingData,
    IReadOnlyList<string> Rules,
    DateTime ComputedAt);

public sealed record PatternScope(
    string AnalysisScope,
    string? ClientId,
    AppliedScope? Filters,
    int CustomersAnalyzed,
    int LookbackPeriodDays,
    DateTime WindowStart,
    DateTime WindowEnd,
    IReadOnlyList<string> PatternTypes);

public sealed record KeyCount(string Key, int Count, decimal? Share);

/// <summary>Engagement events in the window by weekday and hour (UTC).</summary>
public sealed record TemporalPatterns(
    int Events,
    IReadOnlyList<KeyCount> ByWeekday,
    IReadOnlyList<KeyCount> ByHourUtc,
    string? BusiestWeekday,
    int? BusiestHourUtc,
    decimal? WeekendShare,
    decimal? BusinessHoursShare);

public sealed record FeatureUsagePatterns(
    int ClientsWithUsage,
    int ClientsWithoutUsage,
    IReadOnlyList<RatioBand> ActiveUserRatioDistribution,
    decimal? MedianActiveUserRatio,
    Limited<UsageDropAnomaly>? Anomalies,
    Limited<FeatureAdoptionRate> MostAdoptedFeatures,
    Limited<FeatureAdoptionRate> LeastAdoptedFeatures);

/// <summary>Clients whose active-user ratio over the window falls in [from, to) (the last band has no upper bound).</summary>
public sealed record RatioBand(decimal From, decimal? To, int Clients);

public sealed record UsageDropAnomaly(
    string ClientId,
    string ClientName,
    ClientTier Tier,
    decimal CurrentActiveUserRatio,
    decimal PreviousActiveUserRatio,
    decimal RelativeChange,
    decimal CurrentAverageActiveUsers,
    decimal PreviousAverageActiveUsers);

/// <param name="AvailableClients">Clients in scope whose tier includes the feature, released by the window end.</param>
/// <param name="ClientsUsing">Of those, clients that used it in the window (first use by the end, last use after the start).</param>
public sealed record FeatureAdoptionRate(string FeatureId, string Name, int AvailableClients, int ClientsUsing, decimal AdoptionRate);

public sealed record CommunicationPatterns(
    int Events,
    IReadOnlyList<KeyCount> ByType,
    IReadOnlyList<KeyCount> ByDirection,
    int ClientsWithEvents,
    int ClientsWithoutEvents,
    decimal? EventsPerClientPer30Days);

public sealed record SupportPatterns(
    int Tickets,
    int ClientsWithTickets,
    decimal? TicketsPerClientPer30Days,
    int Responded,
    decimal? MedianFirstResponseHours,
    decimal? AverageFirstResponseHours,
    int Rated,
    decimal? AverageSatisfaction,
    decimal? SatisfiedShare,
    IReadOnlyList<KeyCount> ByPriority,
    IReadOnlyList<KeyCount> ByCategory,
    Limited<TicketHeavyClient> MostTickets);

public sealed record TicketHeavyClient(string ClientId, string ClientName, int Tickets, decimal TicketsPer30Days);

/// <param name="RenewingClientIds">The falling clients renewing within the window, soonest first.</param>
public sealed record PredictiveInsights(
    int ClientsWithFallingUsage,
    decimal? ShareOfClients,
    decimal ArrWithFallingUsage,
    int FallingAndRenewingSoon,
    decimal ArrFallingAndRenewingSoon,
    IReadOnlyList<string> RenewingClientIds,
    string Basis);
