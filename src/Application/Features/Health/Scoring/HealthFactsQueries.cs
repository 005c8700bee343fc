using System.Linq.Expressions;
using CsMcp.Application.Common.Persistence;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// The queries behind <see cref="HealthFactsLoader"/>. The per-client row is written once (<see cref="Row"/>) and used two
/// ways: bound to a window for any set of clients, and compiled for one client, where EF Core's translation of this large
/// projection would otherwise cost more than the SQL itself (docs/health-score.md, "Performance").
/// </summary>
internal static class HealthFactsQueries
{
    /// <summary>One client's counts in the window (start, end] and its latest contract started by the window's last day.</summary>
    private static readonly Expression<Func<DbContext, DateTime, DateTime, DateOnly, Client, FactsRow>> Row = (db, start, end, lastDay, c) => new FactsRow(
        c.ClientId,
        c.Tier,
        db.Set<FeatureAdoption>().Count(a => a.ClientId == c.ClientId && a.FirstUsedAt <= end && a.LastUsedAt > start),
        db.Set<EngagementEvent>().Where(e => e.ClientId == c.ClientId && e.OccurredAt <= end).Max(e => (DateTime?)e.OccurredAt),
        db.Set<EngagementEvent>().Count(e => e.ClientId == c.ClientId && e.OccurredAt > start && e.OccurredAt <= end),
        db.Set<SupportTicket>().Count(t => t.ClientId == c.ClientId && t.CreatedAt > start && t.CreatedAt <= end),
        db.Set<SupportTicket>().Count(t => t.ClientId == c.ClientId && t.CreatedAt > start && t.CreatedAt <= end
            && (t.Priority == TicketPriority.P0 || t.Priority == TicketPriority.P1)),
        db.Set<SurveyResponse>().Count(r => r.ClientId == c.ClientId && r.SurveyType == SurveyType.Nps && r.RespondedAt > start && r.RespondedAt <= end
            && r.Score >= SurveyScales.PromoterFrom),
        db.Set<SurveyResponse>().Count(r => r.ClientId == c.ClientId && r.SurveyType == SurveyType.Nps && r.RespondedAt > start && r.RespondedAt <= end
            && r.Score > SurveyScales.DetractorUpTo && r.Score < SurveyScales.PromoterFrom),
        db.Set<SurveyResponse>().Count(r => r.ClientId == c.ClientId && r.SurveyType == SurveyType.Nps && r.RespondedAt > start && r.RespondedAt <= end
            && r.Score <= SurveyScales.DetractorUpTo),
        db.Set<SurveyResponse>().Count(r => r.ClientId == c.ClientId && r.SurveyType == SurveyType.Csat && r.RespondedAt > start && r.RespondedAt <= end),
        db.Set<SurveyResponse>().Where(r => r.ClientId == c.ClientId && r.SurveyType == SurveyType.Csat && r.RespondedAt > start && r.RespondedAt <= end)
            .Sum(r => (int?)r.Score) ?? 0,
        db.Set<Contract>().Where(k => k.ClientId == c.ClientId && k.StartDate <= lastDay)
            .OrderByDescending(k => k.RenewalDate).ThenByDescending(k => k.Id).Select(k => k.ContractId).FirstOrDefault(),
        db.Set<Contract>().Where(k => k.ClientId == c.ClientId && k.StartDate <= lastDay)
            .OrderByDescending(k => k.RenewalDate).ThenByDescending(k => k.Id).Select(k => (DateOnly?)k.RenewalDate).FirstOrDefault(),
        db.Set<Contract>().Where(k => k.ClientId == c.ClientId && k.StartDate <= lastDay)
            .OrderByDescending(k => k.RenewalDate).ThenByDescending(k => k.Id).Select(k => (PaymentStatus?)k.PaymentStatus).FirstOrDefault(),
        // Not correlated with the client: the database evaluates each once per statement.
        new FeatureCounts(
            db.Set<Feature>().Count(f => f.MinimumTier == ClientTier.Starter && f.ReleasedOn <= lastDay),
            db.Set<Feature>().Count(f => f.MinimumTier == ClientTier.Standard && f.ReleasedOn <= lastDay),
            db.Set<Feature>().Count(f => f.MinimumTier == ClientTier.Professional && f.ReleasedOn <= lastDay),
            db.Set<Feature>().Count(f => f.MinimumTier == ClientTier.Enterprise && f.ReleasedOn <= lastDay)));

    private static readonly Expression<Func<UsagePeriod, UsageRow>> UsageColumns =
        u => new UsageRow(u.ClientId, u.Granularity, u.PeriodStart, u.PeriodEnd, u.TotalUsers, u.ActiveUsers, u.TotalLogins);

    private static readonly CompiledPerModel<Func<DbContext, string, DateTime, DateTime, DateOnly, IAsyncEnumerable<FactsRow>>> OneRow =
        new(() => EF.CompileAsyncQuery(OneClientRows()));

    private static readonly CompiledPerModel<Func<DbContext, string, DateOnly, DateOnly, IAsyncEnumerable<UsageRow>>> OneUsage = new(() => EF.CompileAsyncQuery(
        (DbContext db, string clientId, DateOnly firstDay, DateOnly lastDay) => db.Set<UsagePeriod>().AsNoTracking()
            .Where(u => u.ClientId == clientId && u.PeriodStart <= lastDay && u.PeriodEnd >= firstDay)
            .OrderBy(u => u.PeriodStart).Select(UsageColumns)));

    /// <summary>The rows of every client of <paramref name="clients"/>, in client-id order, as one statement.</summary>
    public static IQueryable<FactsRow> Rows(DbContext db, IQueryable<Client> clients, HealthWindow window) =>
        clients.AsNoTracking().OrderBy(c => c.ClientId).Select(Expression.Lambda<Func<Client, FactsRow>>(Bound(db, window), Row.Parameters[4]));

    /// <summary>
    /// Each client's own <paramref name="columns"/> and its rows for two windows side by side, in client-id order, as one
    /// statement.
    /// </summary>
    public static IQueryable<FactsRowPair<TClient>> RowPairs<TClient>(DbContext db, IQueryable<Client> clients, Expression<Func<Client, TClient>> columns,
        HealthWindow first, HealthWindow second)
    {
        var client = Row.Parameters[4];
        var own = new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [columns.Parameters[0]] = client }).Visit(columns.Body);
        var pair = Expression.New(typeof(FactsRowPair<TClient>).GetConstructors().Single(), own, Bound(db, first), Bound(db, second));
        return clients.AsNoTracking().OrderBy(c => c.ClientId).Select(Expression.Lambda<Func<Client, FactsRowPair<TClient>>>(pair, client));
    }

    /// <summary>
    /// The usage periods of the clients that overlap the days [<paramref name="firstDay"/>, <paramref name="lastDay"/>], each
    /// client's in period-start order (the covering index's order, so the sort is free on SQLite).
    /// </summary>
    public static IQueryable<UsageRow> Usage(IQueryable<UsagePeriod> periods, IQueryable<string> clientIds, DateOnly firstDay, DateOnly lastDay) =>
        periods.AsNoTracking().Where(u => clientIds.Contains(u.ClientId) && u.PeriodStart <= lastDay && u.PeriodEnd >= firstDay)
            .OrderBy(u => u.ClientId).ThenBy(u => u.PeriodStart).Select(UsageColumns);

    public static ValueTask<List<FactsRow>> OneClientAsync(DbContext db, string clientId, HealthWindow window, CancellationToken cancellationToken) =>
        OneRow.For(db)(db, clientId, window.Start, window.End, window.LastDay).ToListAsync(cancellationToken);

    public static ValueTask<List<UsageRow>> OneClientUsageAsync(DbContext db, string clientId, HealthWindow window, CancellationToken cancellationToken) =>
        OneUsage.For(db)(db, clientId, window.FirstDay, window.LastDay).ToListAsync(cancellationToken);

    /// <summary><see cref="Row"/>'s body with the context and the window's bounds in place of its parameters; the client remains.</summary>
    private static Expression Bound(DbContext db, HealthWindow window)
    {
        var bound = new WindowArguments(window.Start, window.End, window.LastDay);
        return new ParameterReplacer(new Dictionary<ParameterExpression, Expression>
        {
            [Row.Parameters[0]] = Expression.Constant(db),
            [Row.Parameters[1]] = Expression.Property(Expression.Constant(bound), nameof(WindowArguments.Start)),
            [Row.Parameters[2]] = Expression.Property(Expression.Constant(bound), nameof(WindowArguments.End)),
            [Row.Parameters[3]] = Expression.Property(Expression.Constant(bound), nameof(WindowArguments.LastDay)),
        }).Visit(Row.Body);
    }

    /// <summary>(db, clientId, start, end, lastDay) => that client's row, built from <see cref="Row"/>.</summary>
    private static Expression<Func<DbContext, string, DateTime, DateTime, DateOnly, IQueryable<FactsRow>>> OneClientRows()
    {
        var (db, start, end, lastDay, client) = (Row.Parameters[0], Row.Parameters[1], Row.Parameters[2], Row.Parameters[3], Row.Parameters[4]);
        var clientId = Expression.Parameter(typeof(string), "clientId");
        Expression<Func<DbContext, string, IQueryable<Client>>> one = (context, id) => context.Set<Client>().AsNoTracking().Where(c => c.ClientId == id);
        var clients = new ParameterReplacer(new Dictionary<ParameterExpression, Expression> { [one.Parameters[0]] = db, [one.Parameters[1]] = clientId })
            .Visit(one.Body);
        var select = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(Client), typeof(FactsRow)],
            clients, Expression.Quote(Expression.Lambda<Func<Client, FactsRow>>(Row.Body, client)));
        return Expression.Lambda<Func<DbContext, string, DateTime, DateTime, DateOnly, IQueryable<FactsRow>>>(select, db, clientId, start, end, lastDay);
    }

    /// <summary>The window's bounds as members of a constant, so EF Core sends them as parameters and caches one plan.</summary>
    private sealed record WindowArguments(DateTime Start, DateTime End, DateOnly LastDay);

    private sealed class ParameterReplacer(IReadOnlyDictionary<ParameterExpression, Expression> replacements) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => replacements.GetValueOrDefault(node) ?? node;
    }
}

/// <summary>One client's counts in a window, and its latest contract started by the window end (null members without one).</summary>
internal sealed record FactsRow(string ClientId, ClientTier Tier, int FeaturesInUse, DateTime? LastEvent, int EventsInWindow,
    int Tickets, int UrgentTickets, int Promoters, int Passives, int Detractors, int CsatCount, int CsatSum,
    string? ContractId, DateOnly? RenewalDate, PaymentStatus? PaymentStatus, FeatureCounts ReleasedFeatures);

/// <summary>One client's own columns and its rows for two windows, read in one statement.</summary>
internal sealed record FactsRowPair<TClient>(TClient Client, FactsRow First, FactsRow Second);

/// <summary>Catalogue features released by the window's last day, by the lowest tier that offers them.</summary>
internal sealed record FeatureCounts(int Starter, int Standard, int Professional, int Enterprise)
{
    /// <summary>The features a client of <paramref name="tier"/> can use: those whose minimum tier is at most its own.</summary>
    public int AvailableTo(ClientTier tier) =>
        Starter + (tier >= ClientTier.Standard ? Standard : 0) + (tier >= ClientTier.Professional ? Professional : 0) + (tier >= ClientTier.Enterprise ? Enterprise : 0);
}

internal sealed record UsageRow(string ClientId, UsageGranularity Granularity, DateOnly PeriodStart, DateOnly PeriodEnd,
    int TotalUsers, int ActiveUsers, int TotalLogins);
