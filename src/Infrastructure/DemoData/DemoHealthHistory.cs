using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using CsMcp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// Gives the demo portfolio a real health history: for each of the last <see cref="Months"/> month ends, and for today,
/// every client that existed then is scored by the real engine from the data as it was that day (the same loader the
/// tools use), each snapshot's trend against the one before. The latest one is mirrored on the client, so health scores
/// are filled on first start. Nothing here is random: it is computed from the generated rows.
/// </summary>
internal static class DemoHealthHistory
{
    public const int Months = 11;

    public static async Task<int> WriteAsync(CsMcpDbContext db, HealthFactsLoader loader, DateOnly asOf, DateTime now, CancellationToken cancellationToken)
    {
        var weights = HealthWeights.Default;
        var previous = new Dictionary<string, int>(StringComparer.Ordinal);
        var latest = new Dictionary<string, HealthSnapshot>(StringComparer.Ordinal);
        var snapshots = new List<HealthSnapshot>();

        foreach (var (day, calculatedAt) in AsOfDays(asOf, now))
        {
            var window = HealthWindow.EndingOn(day, HealthScoringOptions.DefaultLookbackDays);
            var existing = db.Clients.Where(c => c.CreatedAt <= window.End);
            foreach (var facts in await loader.LoadManyAsync(existing, window, cancellationToken))
            {
                int? before = previous.TryGetValue(facts.ClientId, out var p) ? p : null;
                var assessment = HealthEngine.Assess(facts.Inputs, weights, before, HealthEngine.DefaultRiskThreshold);
                if (assessment.Overall is not { } overall)
                    continue;
                var snapshot = HealthSnapshotFactory.Create(facts, assessment, HealthScoringOptions.WeightedComposite, calculatedAt);
                snapshots.Add(snapshot);
                previous[facts.ClientId] = overall;
                latest[facts.ClientId] = snapshot;
            }
        }

        await DemoBulkInserter.InsertAsync(db, snapshots, cancellationToken);
        foreach (var group in latest.Values.GroupBy(s => (s.OverallScore, s.Trend, s.CalculatedAt)))
        {
            var ids = group.Select(s => s.ClientId).ToList();
            var (score, trend, at) = group.Key;
            await db.Clients.Where(c => ids.Contains(c.ClientId)).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.HealthScore, score)
                .SetProperty(c => c.HealthTrend, (HealthTrend?)trend)
                .SetProperty(c => c.HealthCalculatedAt, at), cancellationToken);
        }

        return snapshots.Count;
    }

    /// <summary>The last <see cref="Months"/> month ends before the as-of day (oldest first, at their last second), then the as-of day itself at <paramref name="now"/>.</summary>
    private static IEnumerable<(DateOnly Day, DateTime CalculatedAt)> AsOfDays(DateOnly asOf, DateTime now)
    {
        var firstOfMonth = new DateOnly(asOf.Year, asOf.Month, 1);
        for (var m = Months; m >= 1; m--)
        {
            var monthEnd = firstOfMonth.AddMonths(1 - m).AddDays(-1);
            yield return (monthEnd, monthEnd.ToDateTime(HealthWindow.EndOfDay, DateTimeKind.Utc));
        }

        yield return (asOf, now);
    }
}
