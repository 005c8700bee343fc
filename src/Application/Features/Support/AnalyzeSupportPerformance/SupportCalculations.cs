using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using CsMcp.Domain.Support;

namespace CsMcp.Application.Features.Support.AnalyzeSupportPerformance;

/// <summary>The support figures over a set of stored tickets at one "now"; every figure is null when its denominator is empty.</summary>
internal static class SupportCalculations
{
    public static SupportFigures Figures(IReadOnlyList<SupportTicket> tickets, DateTime now)
    {
        var first = Counts(tickets, SlaClock.FirstResponse, now);
        var resolution = Counts(tickets, SlaClock.Resolution, now);
        var rated = tickets.Where(t => t.SatisfactionRating is not null).Select(t => t.SatisfactionRating!.Value).ToList();
        var resolved = tickets.Count(t => t.ResolvedAt is not null);
        return new SupportFigures(
            tickets.Count,
            Enum.GetValues<TicketStatus>().ToDictionary(EnumCodes<TicketStatus>.ToCode, s => tickets.Count(t => t.Status == s), StringComparer.Ordinal),
            Enum.GetValues<TicketPriority>().ToDictionary(EnumCodes<TicketPriority>.ToCode, p => tickets.Count(t => t.Priority == p), StringComparer.Ordinal),
            resolved,
            Minutes(tickets.Select(t => t.MinutesToFirstResponse)),
            Minutes(tickets.Select(t => t.MinutesToResolution)),
            first.Compliance,
            resolution.Compliance,
            Stats.Ratio(first.Met + resolution.Met, first.Met + resolution.Met + first.Breached + resolution.Breached),
            Csat(rated),
            Stats.Ratio(rated.Count, resolved),
            Stats.Ratio(rated.Count(r => r <= SupportThresholds.NegativeRatingAtMost), rated.Count),
            Stats.Ratio(tickets.Count(t => t.Escalated), tickets.Count));
    }

    public static SlaCounts Counts(IEnumerable<SupportTicket> tickets, SlaClock clock, DateTime now)
    {
        var states = tickets.Select(t => TicketSlaStatus.Of(t, clock, now)).ToList();
        var met = states.Count(s => s == SlaState.Met);
        var breached = states.Count(s => s == SlaState.Breached);
        return new SlaCounts(met, breached, states.Count(s => s == SlaState.AtRisk), states.Count(s => s == SlaState.OnTrack), Stats.Ratio(met, met + breached));
    }

    public static IReadOnlyList<GroupFigures> Groups(IReadOnlyList<SupportTicket> tickets, Func<SupportTicket, string?> key, bool agents, DateTime now) =>
        [.. tickets.Where(t => key(t) is not null)
            .GroupBy(t => key(t)!, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var figures = Figures([.. g], now);
                return new GroupFigures(g.Select(t => key(t)!).Order(StringComparer.Ordinal).First(), figures.Tickets, figures.Resolved,
                    figures.FirstResponseMinutes.Average, figures.ResolutionMinutes.Average, figures.SlaCompliance, figures.CsatAverage,
                    figures.EscalationRate, agents && figures.SlaCompliance is { } c ? c < SupportThresholds.AgentSlaComplianceBelow : null);
            })
            .OrderByDescending(g => g.Tickets).ThenBy(g => g.Name, StringComparer.Ordinal)];

    public static decimal? Csat(IReadOnlyCollection<int> ratings) =>
        ratings.Count == 0 ? null : Rounding.Amount((decimal)ratings.Sum() / ratings.Count);

    private static MinutesFigures Minutes(IEnumerable<double?> minutes)
    {
        var sorted = minutes.OfType<double>().Select(m => (decimal)m).Order().ToList();
        return new MinutesFigures(sorted.Count, sorted.Count == 0 ? null : Rounding.Average(sorted.Average()), Stats.Median(sorted),
            Stats.Percentile(sorted, 90) is { } p90 ? Rounding.Average(p90) : null);
    }
}
