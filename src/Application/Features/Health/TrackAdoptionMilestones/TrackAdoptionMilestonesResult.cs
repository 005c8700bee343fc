using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Health.Portfolio;

namespace CsMcp.Application.Features.Health.TrackAdoptionMilestones;

public sealed record TrackAdoptionMilestonesResult(
    DateTime ComputedAt,
    string MilestoneFramework,
    AppliedScope FiltersApplied,
    string? ClientId,
    int ClientsInScope,
    int TotalMilestones,
    IReadOnlyList<MilestoneDefinition> MilestoneDefinitions,
    IReadOnlyDictionary<string, decimal?> CompletionRates,
    decimal? AverageCompletionPercentage,
    IReadOnlyDictionary<string, DayStats> TimeToMilestone,
    IReadOnlyList<StuckCustomer> StuckCustomers,
    int StuckCustomersTotal,
    IReadOnlyList<FastTrackCustomer> FastTrackCustomers,
    int FastTrackCustomersTotal,
    IReadOnlyList<CustomerMilestoneProgress> CustomerProgress,
    Page Pagination,
    IReadOnlyList<MilestoneBenchmark>? BenchmarkComparison,
    Limited<MilestoneCelebration>? CelebrationOpportunities,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Notes);

public sealed record MilestoneDefinition(string MilestoneId, string MilestoneName, string Category, int TypicalTimeframeDays, string Importance, string Rule);

public sealed record CustomerMilestoneProgress(
    string ClientId,
    string ClientName,
    DateOnly StartedOn,
    int DaysSinceStart,
    int MilestonesCompleted,
    decimal CompletionPercentage,
    string? CurrentMilestone,
    IReadOnlyList<MilestoneStatus> Milestones);

/// <summary>status: achieved (with the date and the stored evidence), overdue (not reached and past its typical timeframe) or pending.</summary>
public sealed record MilestoneStatus(string MilestoneId, string Status, DateOnly? AchievedOn, int? DaysToAchieve, bool? OnTime, string Evidence);

public sealed record StuckCustomer(string ClientId, string ClientName, int DaysSinceStart, int DaysStuck, IReadOnlyList<string> OverdueMilestones, string Priority);

public sealed record FastTrackCustomer(string ClientId, string ClientName, int MilestonesCompleted, decimal CompletionPercentage, decimal? MedianShareOfTypicalTimeframe);

/// <param name="AchievedShare">Clients in scope that achieved it.</param>
/// <param name="OnTimeShare">Clients in scope that achieved it within typical_timeframe_days.</param>
public sealed record MilestoneBenchmark(string MilestoneId, int TypicalTimeframeDays, decimal? AchievedShare, decimal? OnTimeShare, decimal? MedianDaysToAchieve);

public sealed record MilestoneCelebration(string ClientId, string ClientName, string MilestoneId, string MilestoneName, string Importance, DateOnly AchievedOn);

public enum MilestoneFramework
{
    Standard,
    Custom,
    IndustrySpecific,
}
