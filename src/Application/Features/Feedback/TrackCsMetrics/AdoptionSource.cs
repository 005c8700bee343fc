using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>
/// Feature adoption at each bucket's end: for every client that is a customer then, the share of the features available to its
/// tier (released by that day) it had first used by that day; averaged over those clients.
/// </summary>
internal sealed class AdoptionSource(IReadOnlyList<AdoptionSource.Customer> customers, IReadOnlyList<Feature> features) : MetricSource
{
    public sealed record Customer(string ClientId, ClientTier Tier, DateOnly Since, DateOnly? ChurnedOn, IReadOnlyDictionary<string, DateOnly> FirstUsed);

    public override MetricValue Over(DateOnly start, DateOnly end)
    {
        var shares = Shares(end);
        return shares.Count == 0 ? MetricValue.Missing : new MetricValue(Rounding.Ratio(shares.Average()), shares.Count);
    }

    public override MetricSource Restrict(IReadOnlySet<string> clients) => new AdoptionSource([.. customers.Where(c => clients.Contains(c.ClientId))], features);

    public override IReadOnlyList<decimal>? PerClient(DateOnly start, DateOnly end) => [.. Shares(end).Select(Rounding.Ratio)];

    private List<decimal> Shares(DateOnly day)
    {
        var available = Enum.GetValues<ClientTier>().ToDictionary(t => t, t => features.Where(f => f.IsAvailableTo(t, day)).ToList());
        var shares = new List<decimal>();
        foreach (var customer in customers.Where(c => c.Since <= day && (c.ChurnedOn is not { } on || on > day)))
        {
            var offered = available[customer.Tier];
            if (offered.Count == 0)
                continue;
            var used = offered.Count(f => customer.FirstUsed.TryGetValue(f.FeatureId, out var first) && first <= day);
            shares.Add((decimal)used / offered.Count);
        }

        return shares;
    }
}
