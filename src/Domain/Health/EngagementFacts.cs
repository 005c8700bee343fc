namespace CsMcp.Domain.Health;

/// <summary>Engagement events (meetings, calls, emails, business reviews, ...) with the client.</summary>
/// <param name="DaysSinceLastEngagement">Whole days since the most recent engagement (0 = today); null when there has never been one.</param>
/// <param name="EngagementEventsInWindow">Engagement events in the last <paramref name="WindowDays"/> days.</param>
/// <param name="WindowDays">Length of the window the events were counted in (normally the lookback), at least 1.</param>
public sealed record EngagementFacts(int? DaysSinceLastEngagement, int EngagementEventsInWindow, int WindowDays);
