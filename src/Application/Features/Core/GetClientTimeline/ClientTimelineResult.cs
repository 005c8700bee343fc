using CsMcp.Application.Common.Results;
using CsMcp.Application.Features.Core.Clients;

namespace CsMcp.Application.Features.Core.GetClientTimeline;

public sealed record ClientTimelineResult(
    string ClientId,
    DateRange Period,
    IReadOnlyList<string>? EventTypes,
    IReadOnlyList<TimelineEvent> Events,
    Page Pagination,
    TimelineSummary Summary);

public sealed record DateRange(DateOnly StartDate, DateOnly EndDate);

/// <summary>
/// Counts over every event in the range. sentiment compares positive and negative events;
/// trajectory is improving when positives exceed twice the negatives, declining in the mirror case, else stable.
/// </summary>
public sealed record TimelineSummary(
    int TotalEvents,
    IReadOnlyDictionary<string, int> ByType,
    IReadOnlyDictionary<string, int> ByImpact,
    string Sentiment,
    string Trajectory);
