using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Support;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

/// <summary>
/// The set-based reads behind analyze_engagement_patterns: each pattern type is a fixed number of queries over the scope
/// (filtered by a sub-query on the clients, never an id list), aggregated in memory.
/// </summary>
public sealed class EngagementPatternQueries(IAppDbContext db, IQueryable<string> ids, IReadOnlyList<ScopeClient> scope, HealthWindow window, int limit)
{
    public const int BusinessHoursFrom = 9;
    public const int BusinessHoursTo = 17;
    public const decimal RatioBandWidth = 0.2m;

    public sealed record EventRow(DateTime OccurredAt, EngagementType Type, EngagementDirection Direction);

    public async Task<List<EventRow>> EventsAsync(CancellationToken cancellationToken) =>
        await db.EngagementEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ClientId) && e.OccurredAt > window.Start && e.OccurredAt <= window.End)
            .Select(e => new EventRow(e.OccurredAt, e.EventType, e.Direction))
            .ToListAsync(cancellationToken);

    public Task<int> ClientsWithEventsAsync(CancellationToken cancellationToken) =>
        db.EngagementEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ClientId) && e.OccurredAt > window.Start && e.OccurredAt <= window.End)
            .Select(e => e.ClientId).Distinct().CountAsync(cancellationToken);

    public static TemporalPatterns Temporal(List<EventRow> events)
    {
        var byDay = new int[7];
        var byHour = new int[24];
        foreach (var e in events)
        {
            byDay[((int)e.OccurredAt.DayOfWeek + 6) % 7]++;
            byHour[e.OccurredAt.Hour]++;
        }

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        var total = events.Count;
        return new TemporalPatterns(
            total,
            [.. days.Select((d, i) => new KeyCount(d, byDay[i], Stats.Ratio(byDay[i], total)))],
            [.. Enumerable.Range(0, 24).Select(h => new KeyCount(h.ToString("00", System.Globalization.CultureInfo.InvariantCulture), byHour[h], Stats.Ratio(byHour[h], total)))],
            total == 0 ? null : days[Array.IndexOf(byDay, byDay.Max())],
            total == 0 ? null : Array.IndexOf(byHour, byHour.Max()),
            Stats.Ratio(byDay[5] + byDay[6], total),
            Stats.Ratio(byHour[BusinessHoursFrom..BusinessHoursTo].Sum(), total));
    }

    public static CommunicationPatterns Communication(List<EventRow> events, int clients, int clientsWithEvents, int lookbackDays)
    {
        var total = events.Count;
        return new CommunicationPatterns(
            total,
            [.. Enum.GetValues<EngagementType>().Select(t => Share(EnumCodes<EngagementType>.ToCode(t), events.Count(e => e.Type == t), total))],
            [.. Enum.GetValues<EngagementDirection>().Select(d => Share(EnumCodes<EngagementDirection>.ToCode(d), events.Count(e => e.Direction == d), total))],
            clientsWithEvents,
            clients - clientsWithEvents,
            PerClientPer30Days(total, clients, lookbackDays));
    }

    /// <summary>The feature-usage section and every usage-drop anomaly (the section lists them up to the limit).</summary>
    public async Task<(FeatureUsagePatterns, IReadOnlyList<UsageDropAnomaly>)> FeatureUsageAsync(CancellationToken cancellationToken)
    {
        var (first, last) = (window.FirstDay, window.LastDay);
        var (previousFirst, previousLast) = (first.AddDays(-window.LookbackDays), first.AddDays(-1));
        var rows = await db.UsageRowsAsync(ids, previousFirst, last, cancellationToken);
        var ratios = new List<decimal>();
        var anomalies = new List<UsageDropAnomaly>();
        foreach (var client in scope)
        {
            var current = UsageAggregate.Over(rows[client.ClientId], first, last);
            if (current?.ActiveUserRatio is not { } ratio)
                continue;
            ratios.Add(ratio);
            var previous = UsageAggregate.Over(rows[client.ClientId], previousFirst, previousLast);
            if (UsageAggregate.RelativeChange(ratio, previous?.ActiveUserRatio) is { } change && change < -AnalyzeEngagementPatternsHandler.AnomalyDrop)
                anomalies.Add(new UsageDropAnomaly(client.ClientId, client.ClientName, client.Tier, ratio, previous!.ActiveUserRatio!.Value, change,
                    current.AverageActiveUsers, previous.AverageActiveUsers));
        }

        ratios.Sort();
        var adoption = await FeatureAdoptionAsync(cancellationToken);
        List<UsageDropAnomaly> drops = [.. anomalies.OrderBy(a => a.RelativeChange).ThenBy(a => a.ClientId, StringComparer.Ordinal)];
        return (new FeatureUsagePatterns(
            ratios.Count,
            scope.Count - ratios.Count,
            Bands(ratios),
            ratios.Count == 0 ? null : ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : Rounding.Ratio((ratios[(ratios.Count / 2) - 1] + ratios[ratios.Count / 2]) / 2),
            Limited<UsageDropAnomaly>.Of(drops, limit),
            Limited<FeatureAdoptionRate>.Of([.. adoption.OrderByDescending(f => f.AdoptionRate).ThenBy(f => f.FeatureId, StringComparer.Ordinal)], limit),
            Limited<FeatureAdoptionRate>.Of([.. adoption.OrderBy(f => f.AdoptionRate).ThenBy(f => f.FeatureId, StringComparer.Ordinal)], limit)), drops);
    }

    private static List<RatioBand> Bands(List<decimal> ratios)
    {
        var bands = new List<RatioBand>();
        for (var from = 0m; from < 1m; from += RatioBandWidth)
        {
            var to = from + RatioBandWidth;
            var lower = from;
            bands.Add(to >= 1m
                ? new RatioBand(lower, null, ratios.Count(r => r >= lower))
                : new RatioBand(lower, to, ratios.Count(r => r >= lower && r < to)));
        }

        return bands;
    }

    private async Task<List<FeatureAdoptionRate>> FeatureAdoptionAsync(CancellationToken cancellationToken)
    {
        var (start, end, lastDay) = (window.Start, window.End, window.LastDay);
        var features = await db.Features.AsNoTracking().Where(f => f.ReleasedOn <= lastDay)
            .Select(f => new { f.FeatureId, f.Name, f.MinimumTier }).ToListAsync(cancellationToken);
        var clients = db.Clients.Where(c => ids.Contains(c.ClientId));
        var adopters = await db.FeatureAdoptions.AsNoTracking()
            .Where(a => a.FirstUsedAt <= end && a.LastUsedAt > start)
            .Join(clients, a => a.ClientId, c => c.ClientId, (a, c) => new { a.FeatureId, c.Tier })
            .GroupBy(x => new { x.FeatureId, x.Tier })
            .Select(g => new { g.Key.FeatureId, g.Key.Tier, Clients = g.Count() })
            .ToListAsync(cancellationToken);
        var byTier = scope.GroupBy(c => c.Tier).ToDictionary(g => g.Key, g => g.Count());
        var rates = new List<FeatureAdoptionRate>();
        foreach (var feature in features)
        {
            var available = byTier.Where(t => t.Key >= feature.MinimumTier).Sum(t => t.Value);
            if (available == 0)
                continue;
            var usingIt = adopters.Where(u => u.FeatureId == feature.FeatureId && u.Tier >= feature.MinimumTier).Sum(u => u.Clients);
            rates.Add(new FeatureAdoptionRate(feature.FeatureId, feature.Name, available, usingIt, Rounding.Ratio(usingIt / (decimal)available)));
        }

        return rates;
    }

    public async Task<SupportPatterns> SupportAsync(CancellationToken cancellationToken)
    {
        var tickets = await db.SupportTickets.AsNoTracking()
            .Where(t => ids.Contains(t.ClientId) && t.CreatedAt > window.Start && t.CreatedAt <= window.End)
            .Select(t => new { t.ClientId, t.CreatedAt, t.FirstResponseAt, t.SatisfactionRating, t.Priority, t.Category })
            .ToListAsync(cancellationToken);
        var responseHours = tickets.Where(t => t.FirstResponseAt is not null)
            .Select(t => (decimal)(t.FirstResponseAt!.Value - t.CreatedAt).TotalHours).Order().ToList();
        var ratings = tickets.Where(t => t.SatisfactionRating is not null).Select(t => t.SatisfactionRating!.Value).ToList();
        var names = scope.ToDictionary(c => c.ClientId, c => c.ClientName, StringComparer.Ordinal);
        var perClient = tickets.GroupBy(t => t.ClientId, StringComparer.Ordinal)
            .Select(g => new TicketHeavyClient(g.Key, names.GetValueOrDefault(g.Key, g.Key), g.Count(), PerClientPer30Days(g.Count(), 1, window.LookbackDays)!.Value))
            .OrderByDescending(c => c.Tickets).ThenBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        var total = tickets.Count;
        return new SupportPatterns(
            total,
            perClient.Count,
            PerClientPer30Days(total, scope.Count, window.LookbackDays),
            responseHours.Count,
            responseHours.Count == 0 ? null : Rounding.Amount(responseHours.Count % 2 == 1 ? responseHours[responseHours.Count / 2] : (responseHours[(responseHours.Count / 2) - 1] + responseHours[responseHours.Count / 2]) / 2),
            responseHours.Count == 0 ? null : Rounding.Amount(responseHours.Average()),
            ratings.Count,
            ratings.Count == 0 ? null : Rounding.Amount((decimal)ratings.Average()),
            Stats.Ratio(ratings.Count(r => r >= 4), ratings.Count),
            [.. Enum.GetValues<TicketPriority>().Select(p => Share(EnumCodes<TicketPriority>.ToCode(p), tickets.Count(t => t.Priority == p), total))],
            [.. Enum.GetValues<TicketCategory>().Select(c => Share(EnumCodes<TicketCategory>.ToCode(c), tickets.Count(t => t.Category == c), total))],
            Limited<TicketHeavyClient>.Of(perClient, limit));
    }

    private static KeyCount Share(string key, int count, int total) => new(key, count, Stats.Ratio(count, total));

    private static decimal? PerClientPer30Days(int count, int clients, int lookbackDays) =>
        clients == 0 ? null : Rounding.Amount(count / (decimal)clients / (lookbackDays / 30m));
}
