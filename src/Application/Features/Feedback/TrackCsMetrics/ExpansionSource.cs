using CsMcp.Domain.Common;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>
/// Expansion per bucket over the clients with a contract term in force the day before it starts: the ARR added by terms starting
/// in the bucket above the client's previous term's value, divided by the ARR in force that day (a new client's first term is not expansion).
/// </summary>
internal sealed class ExpansionSource(IReadOnlyList<ExpansionSource.Term> terms) : MetricSource
{
    private readonly ILookup<string, Term> _byClient = terms.OrderBy(t => t.Start).ToLookup(t => t.ClientId, StringComparer.Ordinal);

    public readonly record struct Term(string ClientId, DateOnly Start, DateOnly End, decimal Value);

    public override MetricValue Over(DateOnly start, DateOnly end)
    {
        decimal arr = 0, added = 0;
        var clients = 0;
        foreach (var (baseArr, growth) in PerClientFigures(start, end))
        {
            arr += baseArr;
            added += growth;
            clients++;
        }

        return clients == 0 || arr == 0 ? MetricValue.Missing : new MetricValue(Rounding.Ratio(added / arr), clients);
    }

    public override MetricSource Restrict(IReadOnlySet<string> clients) => new ExpansionSource([.. terms.Where(t => clients.Contains(t.ClientId))]);

    public override IReadOnlyList<decimal>? PerClient(DateOnly start, DateOnly end) =>
        [.. PerClientFigures(start, end).Where(f => f.Arr > 0).Select(f => Rounding.Ratio(f.Growth / f.Arr))];

    private IEnumerable<(decimal Arr, decimal Growth)> PerClientFigures(DateOnly start, DateOnly end)
    {
        foreach (var client in _byClient)
        {
            var ordered = client.ToList();
            var dayBefore = start.AddDays(-1);
            var covering = ordered.LastOrDefault(t => t.Start <= dayBefore && t.End >= dayBefore);
            if (covering.ClientId is null)
                continue;
            decimal growth = 0;
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].Start >= start && ordered[i].Start <= end && ordered[i].Value > ordered[i - 1].Value)
                    growth += ordered[i].Value - ordered[i - 1].Value;
            }

            yield return (covering.Value, growth);
        }
    }
}
