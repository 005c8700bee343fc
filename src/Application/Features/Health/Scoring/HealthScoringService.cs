using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Persistence;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Health;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// Assesses one client or a batch: loads the facts for the window ending today, the previous snapshot (the latest from an
/// earlier day), runs the engine, stores the day's snapshot (one per client and day; a recalculation on the same day
/// replaces it) and mirrors the score on the client. Every calculation is observed in cs_mcp_health_score_calculation_seconds.
/// </summary>
public sealed class HealthScoringService(IAppDbContext db, HealthFactsLoader loader, IHealthMetrics metrics, TimeProvider time)
{
    private static readonly CompiledPerModel<Func<DbContext, string, IAsyncEnumerable<HealthSnapshot>>> LatestTwo = new(() => EF.CompileAsyncQuery(
        (DbContext context, string clientId) => context.Set<HealthSnapshot>().AsNoTracking().Where(s => s.ClientId == clientId)
            .OrderByDescending(s => s.CalculatedAt).ThenByDescending(s => s.Id).Take(2)));

    /// <summary>Loads and assesses one client without writing anything. Throws NotFoundException for an unknown client.</summary>
    public async Task<HealthEvaluation> EvaluateAsync(string clientId, HealthScoringOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = time.GetTimestamp();
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var facts = await loader.LoadAsync(clientId, HealthWindow.EndingOn(today, options.LookbackDays), cancellationToken)
            ?? throw NotFoundException.Client(clientId);

        var dayStart = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        // A client has one snapshot per day, so the latest two are normally today's (if any) and the previous one; two
        // concurrent first calls of a day can store two, and then the previous one is looked up on its own.
        var latest = await LatestTwo.For(db.Context)(db.Context, clientId).ToListAsync(cancellationToken);
        var stored = latest.FirstOrDefault(s => s.CalculatedAt >= dayStart);
        var previous = latest.Count == 2 && latest[1].CalculatedAt >= dayStart
            ? await db.HealthSnapshots.AsNoTracking().Where(s => s.ClientId == clientId && s.CalculatedAt < dayStart)
                .OrderByDescending(s => s.CalculatedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken)
            : latest.FirstOrDefault(s => s.CalculatedAt < dayStart);

        var assessment = HealthEngine.Assess(facts.Inputs, options.Weights, previous?.OverallScore, options.RiskThreshold);
        var matches = stored is not null && HealthSnapshotFactory.Matches(stored, facts, assessment, options.ScoringModel);
        metrics.ObserveCalculation(time.GetElapsedTime(started));
        return new HealthEvaluation(facts, assessment, previous is null ? null : new SnapshotReference(previous.Id, previous.CalculatedAt, previous.OverallScore),
            stored is null ? null : new SnapshotReference(stored.Id, stored.CalculatedAt, stored.OverallScore), matches, now);
    }

    /// <summary>
    /// Stores the evaluation as the client's snapshot of the day (replacing one stored earlier that day) and mirrors it
    /// on the client. Returns the stored snapshot, or null when the assessment has no overall score (insufficient data).
    /// </summary>
    public async Task<HealthSnapshot?> SaveAsync(HealthEvaluation evaluation, HealthScoringOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(options);
        if (evaluation.Assessment.Overall is null)
            return null;
        var clientId = evaluation.Facts.ClientId;
        var client = await db.Clients.SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken) ?? throw NotFoundException.Client(clientId);
        var stored = evaluation.StoredToday is { } today
            ? await db.HealthSnapshots.SingleOrDefaultAsync(s => s.Id == today.Id, cancellationToken)
            : null;
        var snapshot = Upsert(stored, evaluation.Facts, evaluation.Assessment, options.ScoringModel, time.GetUtcNow().UtcDateTime);
        Mirror(client, snapshot);
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    /// <summary>Scores every client of <paramref name="clients"/> with a fixed number of queries and one save.</summary>
    public async Task<IReadOnlyList<ScoredClient>> ScoreManyAsync(IQueryable<Client> clients, HealthScoringOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(options);
        var started = time.GetTimestamp();
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var dayStart = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = clients.Select(c => c.ClientId);

        var facts = await loader.LoadManyAsync(clients, HealthWindow.EndingOn(today, options.LookbackDays), cancellationToken);
        var previous = await db.HealthSnapshots.AsNoTracking()
            .Where(s => ids.Contains(s.ClientId) && s.CalculatedAt < dayStart)
            .GroupBy(s => s.ClientId)
            .Select(g => g.OrderByDescending(s => s.CalculatedAt).ThenByDescending(s => s.Id)
                .Select(s => new { s.ClientId, Reference = new SnapshotReference(s.Id, s.CalculatedAt, s.OverallScore) }).First())
            .ToDictionaryAsync(p => p.ClientId, p => p.Reference, StringComparer.Ordinal, cancellationToken);
        var storedToday = (await db.HealthSnapshots.Where(s => ids.Contains(s.ClientId) && s.CalculatedAt >= dayStart).ToListAsync(cancellationToken))
            .GroupBy(s => s.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.CalculatedAt).ThenByDescending(s => s.Id).First(), StringComparer.Ordinal);
        var tracked = await db.Clients.Where(c => ids.Contains(c.ClientId)).ToDictionaryAsync(c => c.ClientId, StringComparer.Ordinal, cancellationToken);

        var results = new List<ScoredClient>(facts.Count);
        foreach (var clientFacts in facts)
        {
            var before = previous.GetValueOrDefault(clientFacts.ClientId);
            var assessment = HealthEngine.Assess(clientFacts.Inputs, options.Weights, before?.OverallScore, options.RiskThreshold);
            var client = tracked[clientFacts.ClientId];
            HealthSnapshot? snapshot = null;
            if (assessment.Overall is not null)
            {
                var stored = storedToday.GetValueOrDefault(clientFacts.ClientId);
                snapshot = stored is not null && HealthSnapshotFactory.Matches(stored, clientFacts, assessment, options.ScoringModel)
                    ? stored
                    : Upsert(stored, clientFacts, assessment, options.ScoringModel, now);
                Mirror(client, snapshot);
            }

            results.Add(new ScoredClient(client, clientFacts, assessment, before, snapshot));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The shared queries serve the whole batch, so each client is observed with its share of the batch's time.
        if (results.Count > 0)
        {
            var perClient = time.GetElapsedTime(started) / results.Count;
            foreach (var _ in results)
                metrics.ObserveCalculation(perClient);
        }

        return results;
    }

    private HealthSnapshot Upsert(HealthSnapshot? stored, ClientHealthFacts facts, HealthAssessment assessment, string scoringModel, DateTime calculatedAt)
    {
        if (stored is not null)
        {
            HealthSnapshotFactory.Apply(stored, facts, assessment, scoringModel, calculatedAt);
            return stored;
        }

        var snapshot = HealthSnapshotFactory.Create(facts, assessment, scoringModel, calculatedAt);
        db.HealthSnapshots.Add(snapshot);
        return snapshot;
    }

    private static void Mirror(Client client, HealthSnapshot snapshot)
    {
        client.HealthScore = snapshot.OverallScore;
        client.HealthTrend = snapshot.Trend;
        client.HealthCalculatedAt = snapshot.CalculatedAt;
    }
}

/// <summary>One client of a batch: its facts, assessment, the previous snapshot and the stored one (null without an overall score).</summary>
public sealed record ScoredClient(Client Client, ClientHealthFacts Facts, HealthAssessment Assessment, SnapshotReference? Previous, HealthSnapshot? Snapshot);
