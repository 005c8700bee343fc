using System.Globalization;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

/// <summary>
/// The optional sections of segment_customers: each segment against the analysed clients as a whole, and recommendations from
/// stated thresholds applied to the segments' stored outcomes. Nothing here is canned: every line cites the figures it rests on.
/// </summary>
public static class SegmentAdvice
{
    public const decimal AtRiskShareAlert = 0.25m;
    public const int LowHealth = 60;
    public const decimal ConcentrationShare = 50m;

    public static SegmentBenchmarks Benchmarks(IReadOnlyList<CustomerSegment> segments, IReadOnlyList<ClientFacts> clients, DateOnly today)
    {
        var health = Stats.Average(clients.Where(c => c.HealthScore is not null).Select(c => c.HealthScore!.Value));
        var atRisk = Stats.Ratio(clients.Count(c => c.LifecycleStage == LifecycleStage.AtRisk), clients.Count);
        decimal? averageArr = clients.Count == 0 ? null : Rounding.Amount(clients.Sum(c => c.Arr) / clients.Count);
        var renewals = clients.Count(c => c.LifecycleStage != LifecycleStage.Churned && c.RenewalDate >= today
            && c.RenewalDate.DayNumber - today.DayNumber <= SegmentCustomersHandler.RenewalWindowDays);
        return new SegmentBenchmarks(
            health,
            atRisk,
            averageArr,
            renewals,
            [.. segments.Select(s =>
            {
                var share = Stats.Ratio(s.Outcomes.AtRiskClients, s.ClientCount);
                return new SegmentBenchmark(
                    s.SegmentId,
                    s.AverageHealthScore - health,
                    share,
                    share - atRisk,
                    averageArr is > 0 ? Rounding.Amount(s.AverageArr / averageArr.Value) : null);
            })],
            "Baseline: every client analysed (after the portfolio filters), from the same stored rows as the segments.");
    }

    public static List<SegmentRecommendation> Recommendations(IReadOnlyList<CustomerSegment> segments, UnsegmentedClients unsegmented, int clients)
    {
        var advice = new List<SegmentRecommendation>();
        foreach (var s in segments)
        {
            if (Stats.Ratio(s.Outcomes.AtRiskClients, s.ClientCount) is { } share && share >= AtRiskShareAlert)
                advice.Add(new("high", s.SegmentId, $"Run a recovery play for {s.Name}: review every at-risk client with its CSM.",
                    Invariant($"{s.Outcomes.AtRiskClients} of {s.ClientCount} clients at risk ({share:P0}, threshold {AtRiskShareAlert:P0}); segment ARR {s.TotalArr:0}.")));
            if (s.Outcomes.RenewalsNext90Days > 0 && s.AverageHealthScore < LowHealth)
                advice.Add(new("high", s.SegmentId, $"Start renewal reviews in {s.Name} now.",
                    Invariant($"{s.Outcomes.RenewalsNext90Days} renewals in the next {SegmentCustomersHandler.RenewalWindowDays} days with average health {s.AverageHealthScore} (below {LowHealth}).")));
            if (s.ShareOfArrPercent >= ConcentrationShare)
                advice.Add(new("medium", s.SegmentId, $"Cover {s.Name} with senior CSMs: it carries most of the ARR.",
                    Invariant($"{s.ShareOfArrPercent}% of the analysed ARR in {s.ClientCount} clients (threshold {ConcentrationShare}%).")));
            if (s.UnscoredClients > 0)
                advice.Add(new("low", s.SegmentId, $"Score the unscored clients of {s.Name} with calculate_health_score.",
                    Invariant($"{s.UnscoredClients} of {s.ClientCount} clients have no stored health score.")));
        }

        if (unsegmented.NotMatched + unsegmented.InSegmentsBelowMinSize > 0)
            advice.Add(new("low", null, "Review the unsegmented clients: lower min_segment_size or adjust the criteria.",
                Invariant($"{unsegmented.NotMatched + unsegmented.InSegmentsBelowMinSize} of {clients} clients are in no emitted segment.")));
        return advice;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
