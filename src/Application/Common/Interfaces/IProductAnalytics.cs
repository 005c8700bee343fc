using CsMcp.Application.Common.Integrations.Analytics;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>
/// Product analytics (Mixpanel): ingestion needs the project token (or the service account for historical events),
/// queries need the service account. Throws IntegrationNotConfiguredException naming what is missing, and IntegrationException on failure.
/// </summary>
public interface IProductAnalytics
{
    /// <summary>Sends events in batches of up to 2,000; reports per event what the platform refused.</summary>
    Task<AnalyticsIngestResult> TrackEventsAsync(IReadOnlyList<AnalyticsEvent> events, CancellationToken cancellationToken = default);

    Task UpdateProfileAsync(AnalyticsProfileUpdate update, CancellationToken cancellationToken = default);

    Task<AnalyticsCounts> CountEventsAsync(AnalyticsCountQuery query, CancellationToken cancellationToken = default);

    Task<AnalyticsCounts> CountActiveUsersAsync(AnalyticsCountQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Monthly usage of the configured usage event per group (the configured group property's value on each event), for the
    /// months from <paramref name="fromDate"/> to <paramref name="toDate"/>; a group without events gets zero periods. Four queries in all,
    /// whatever the number of groups.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<AnalyticsGroupUsage>>> GetGroupUsageAsync(
        IReadOnlyCollection<string> groups, DateOnly fromDate, DateOnly toDate, CancellationToken cancellationToken = default);
}
