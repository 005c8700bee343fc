using CsMcp.Domain.Common;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>
/// Churn per bucket: clients churned in it / clients that were customers at its start (customer since on or before the start,
/// not churned before it). Retention is 1 - churn over the same base.
/// </summary>
internal sealed class ChurnSource(IReadOnlyList<ChurnSource.Customer> customers, bool retention) : MetricSource
{
    public readonly record struct Customer(string ClientId, DateOnly Since, DateOnly? ChurnedOn);

    public override MetricValue Over(DateOnly start, DateOnly end)
    {
        var atStart = customers.Where(c => c.Since <= start && (c.ChurnedOn is not { } on || on >= start)).ToList();
        if (atStart.Count == 0)
            return MetricValue.Missing;
        var churned = atStart.Count(c => c.ChurnedOn is { } on && on <= end);
        var churn = (decimal)churned / atStart.Count;
        return new MetricValue(Rounding.Ratio(retention ? 1m - churn : churn), atStart.Count);
    }

    public override MetricSource Restrict(IReadOnlySet<string> clients) => new ChurnSource([.. customers.Where(c => clients.Contains(c.ClientId))], retention);

    public override IReadOnlyList<decimal>? PerClient(DateOnly start, DateOnly end) => null;
}
