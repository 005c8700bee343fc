using System.Globalization;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Infrastructure.DemoData;

/// <summary>
/// Writes a generated demo portfolio into the configured database in batches: one short-lived context and one
/// transaction per batch, rows written with multi-row INSERTs (no change tracking). The emptiness check, the run record
/// and the first batch share one transaction, so two processes starting on the same empty SQLite file seed it once.
/// </summary>
public sealed class DemoDataSeeder(IServiceScopeFactory scopes, TimeProvider time)
{
    public const int DefaultBatchSize = 250;

    /// <summary>Clients per transaction.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    public async Task<DemoSeedResult> SeedAsync(DemoPortfolioOptions options, DemoSeedMode mode, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var now = time.GetUtcNow().UtcDateTime;
        var portfolio = DemoPortfolioGenerator.Create(options, DateOnly.FromDateTime(now));
        using var batches = portfolio.Clients().Chunk(BatchSize).GetEnumerator();
        var tally = new Tally();

        int runId;
        int replaced;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // The retrying execution strategy (PostgreSQL) reruns the whole unit, so each attempt starts from a clean tracker.
            var db = Context(scope);
            var hasFirst = batches.MoveNext();
            var (refusal, id, existing) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var clients = await db.Clients.CountAsync(ct);
                if (clients > 0)
                {
                    var refused = await RefusalAsync(db, mode, clients, portfolio, ct);
                    if (refused is not null)
                        return (refused, 0, clients);
                    await DemoDataWiper.WipeAsync(db, ct);
                }

                var run = await StartRunAsync(db, portfolio, now, ct);
                if (hasFirst)
                    await WriteBatchAsync(db, batches.Current, run, ct);
                await transaction.CommitAsync(ct);
                return ((DemoSeedResult?)null, run, clients);
            }, cancellationToken);
            if (refusal is not null)
                return refusal;
            (runId, replaced) = (id, existing);
            if (hasFirst)
                tally.Add(batches.Current);
        }

        while (batches.MoveNext())
        {
            var batch = batches.Current;
            await using var scope = scopes.CreateAsyncScope();
            var db = Context(scope);
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await WriteBatchAsync(db, batch, runId, ct);
                await transaction.CommitAsync(ct);
            }, cancellationToken);
            tally.Add(batch);
        }

        long snapshots;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = Context(scope);
            snapshots = await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var written = await DemoHealthHistory.WriteAsync(db, scope.ServiceProvider.GetRequiredService<HealthFactsLoader>(), portfolio.AsOf, now, ct);
                await transaction.CommitAsync(ct);
                return written;
            }, cancellationToken);
        }

        await using (var scope = scopes.CreateAsyncScope())
        {
            var completedAt = time.GetUtcNow().UtcDateTime;
            await Context(scope).DemoSeedRuns.Where(r => r.Id == runId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.CompletedAt, completedAt), cancellationToken);
        }

        var seconds = time.GetElapsedTime(started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var message = $"Seeded a demo portfolio of {tally.Clients} clients ({tally.Rows + snapshots} rows including {snapshots} health snapshots, seed {options.Seed}, as of {portfolio.AsOf:yyyy-MM-dd}) in {seconds} s"
            + (replaced > 0 ? $", replacing the previous {replaced} demo clients." : ".");
        return new DemoSeedResult(DemoSeedOutcome.Seeded, message, options.Seed, portfolio.AsOf, tally.Clients, tally.Rows + snapshots, replaced, tally.ByStory);
    }

    private static CsMcpDbContext Context(AsyncServiceScope scope)
    {
        var db = scope.ServiceProvider.GetRequiredService<CsMcpDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return db;
    }

    private static async Task<DemoSeedResult?> RefusalAsync(CsMcpDbContext db, DemoSeedMode mode, int existing, DemoPortfolio portfolio, CancellationToken cancellationToken)
    {
        if (mode == DemoSeedMode.OnlyIntoEmpty)
        {
            return Nothing(DemoSeedOutcome.SkippedNotEmpty, portfolio,
                $"Not seeded: the database already has {existing} clients. Demo data goes only into an empty database; "
                + "use --force to replace a previous demo portfolio.");
        }

        var demoClients = await db.DemoSeedRuns.SumAsync(r => r.ClientCount, cancellationToken);
        if (demoClients == existing)
            return null;
        return Nothing(DemoSeedOutcome.RefusedNonDemoData, portfolio,
            $"Not seeded: the database has {existing} clients but the demo generator created {demoClients} of them. "
            + "--force replaces only demo data; seed an empty database instead (another CSMCP_DATA_DIR or DATABASE_URL).");
    }

    private static DemoSeedResult Nothing(DemoSeedOutcome outcome, DemoPortfolio portfolio, string message) =>
        new(outcome, message, portfolio.Options.Seed, portfolio.AsOf, 0, 0, 0, new Dictionary<DemoStory, int>());

    /// <summary>Adds the catalogue features and products the database lacks and the run record; returns the run's id.</summary>
    private static async Task<int> StartRunAsync(CsMcpDbContext db, DemoPortfolio portfolio, DateTime now, CancellationToken cancellationToken)
    {
        var known = await db.Features.Select(f => f.FeatureId).ToListAsync(cancellationToken);
        db.Features.AddRange(DemoFeatureCatalogue.Create(portfolio.AsOf).Where(f => !known.Contains(f.FeatureId)));
        var products = await db.Products.Select(p => p.Code).ToListAsync(cancellationToken);
        db.Products.AddRange(DemoProductCatalogue.Create().Where(p => !products.Contains(p.Code)));
        var run = new DemoSeedRun { Seed = portfolio.Options.Seed, RequestedClients = portfolio.ClientCount, AsOf = portfolio.AsOf, StartedAt = now };
        db.DemoSeedRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    private static async Task WriteBatchAsync(CsMcpDbContext db, DemoClientData[] batch, int runId, CancellationToken cancellationToken)
    {
        // Principals before dependents: clients, contracts (invoices), tickets (survey answers about them).
        await DemoBulkInserter.InsertAsync(db, batch.Select(c => c.Client).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.Contracts).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.Invoices).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.ContractLines).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.ArrChanges).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.Opportunities).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.UsagePeriods).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.FeatureAdoptions).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.EngagementEvents).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.SupportTickets).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.SurveyResponses).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.LifecycleStageChanges).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.Events).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.Feedback).ToList(), cancellationToken);
        await DemoBulkInserter.InsertAsync(db, batch.SelectMany(c => c.Insights).ToList(), cancellationToken);
        var count = batch.Length;
        await db.DemoSeedRuns.Where(r => r.Id == runId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClientCount, r => r.ClientCount + count), cancellationToken);
    }

    private sealed class Tally
    {
        public int Clients { get; private set; }
        public long Rows { get; private set; }
        public Dictionary<DemoStory, int> ByStory { get; } = [];

        public void Add(DemoClientData[] batch)
        {
            Clients += batch.Length;
            foreach (var client in batch)
            {
                Rows += client.RowCount;
                ByStory[client.Story] = ByStory.GetValueOrDefault(client.Story) + 1;
            }
        }
    }
}
