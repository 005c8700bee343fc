using System.Linq.Expressions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Usage;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// Maps stored data to the health engine's facts (docs/health-score.md, "From stored data to facts"). One client and a
/// batch run the same two queries (<see cref="HealthFactsQueries"/>) whatever their size: one row per client with its
/// window's counts as correlated sub-queries (each an index range scan on (client_id, ...)) and the released features by
/// tier, and the usage periods overlapping the window; a past window adds the invoices outstanding at its end. One
/// client's queries are compiled.
/// </summary>
public sealed class HealthFactsLoader(IAppDbContext db, TimeProvider time)
{
    public async Task<ClientHealthFacts?> LoadAsync(string clientId, HealthWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        var rows = await HealthFactsQueries.OneClientAsync(db.Context, clientId, window, cancellationToken);
        if (rows.Count == 0)
            return null;
        var usage = await HealthFactsQueries.OneClientUsageAsync(db.Context, clientId, window, cancellationToken);
        return (await BuildAsync(rows, Lookup(usage), db.Clients.Where(c => c.ClientId == clientId).Select(c => c.ClientId), window, cancellationToken))[0];
    }

    /// <summary>Facts for every client of <paramref name="clients"/>, in client-id order.</summary>
    public async Task<IReadOnlyList<ClientHealthFacts>> LoadManyAsync(IQueryable<Client> clients, HealthWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(window);
        var rows = await HealthFactsQueries.Rows(db.Context, clients, window).ToListAsync(cancellationToken);
        if (rows.Count == 0)
            return [];
        var ids = clients.Select(c => c.ClientId);
        var usage = await HealthFactsQueries.Usage(db.UsagePeriods, ids, window.FirstDay, window.LastDay).ToListAsync(cancellationToken);
        return await BuildAsync(rows, Lookup(usage), ids, window, cancellationToken);
    }

    /// <summary>
    /// For every client of <paramref name="clients"/>, in client-id order: its own <paramref name="columns"/>, its facts in
    /// <paramref name="window"/> and in the window before it (<see cref="HealthWindow.Previous"/>), which is what a trend
    /// needs. The columns and both windows' rows are one statement, so they describe the same clients; the usage periods
    /// overlapping either window are one more (the previous window adds its invoices).
    /// </summary>
    public async Task<IReadOnlyList<ClientWithFacts<TClient>>> LoadWithPreviousAsync<TClient>(IQueryable<Client> clients,
        Expression<Func<Client, TClient>> columns, HealthWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(window);
        var previous = window.Previous;
        var pairs = await HealthFactsQueries.RowPairs(db.Context, clients, columns, window, previous).ToListAsync(cancellationToken);
        if (pairs.Count == 0)
            return [];
        var ids = clients.Select(c => c.ClientId);
        var usage = Lookup(await HealthFactsQueries.Usage(db.UsagePeriods, ids, previous.FirstDay, window.LastDay).ToListAsync(cancellationToken));
        var current = await BuildAsync(pairs.ConvertAll(p => p.First), usage, ids, window, cancellationToken);
        var before = await BuildAsync(pairs.ConvertAll(p => p.Second), usage, ids, previous, cancellationToken);
        var result = new List<ClientWithFacts<TClient>>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
            result.Add(new ClientWithFacts<TClient>(pairs[i].Client, current[i], before[i]));
        return result;
    }

    private static ILookup<string, UsageRow> Lookup(List<UsageRow> usage) => usage.ToLookup(u => u.ClientId, StringComparer.Ordinal);

    private async Task<IReadOnlyList<ClientHealthFacts>> BuildAsync(List<FactsRow> rows, ILookup<string, UsageRow> usage,
        IQueryable<string> ids, HealthWindow window, CancellationToken cancellationToken)
    {
        var (start, end, lastDay) = (window.Start, window.End, window.LastDay);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var pastWindow = lastDay < today;
        var outstanding = pastWindow ? await WorstDaysPastDueAsync(ids, lastDay, cancellationToken) : [];

        var result = new List<ClientHealthFacts>(rows.Count);
        foreach (var row in rows)
        {
            var available = row.ReleasedFeatures.AvailableTo(row.Tier);
            var (usageFacts, usageBasis) = Usage(usage[row.ClientId], window, row.FeaturesInUse, available);
            var payment = row.ContractId is null ? null : new PaymentFacts(
                pastWindow ? StatusFromDaysPastDue(outstanding.GetValueOrDefault(row.ClientId)) : row.PaymentStatus!.Value,
                row.RenewalDate!.Value.DayNumber - lastDay.DayNumber);
            var inputs = new HealthInputs(
                usageFacts,
                new EngagementFacts(row.LastEvent is { } at ? lastDay.DayNumber - DateOnly.FromDateTime(at).DayNumber : null, row.EventsInWindow, window.LookbackDays),
                new SupportFacts(row.Tickets, row.UrgentTickets),
                Satisfaction(row),
                payment,
                window.LookbackDays);
            var basis = new HealthFactsBasis(
                start, end, window.LookbackDays,
                usageBasis.Periods, usageBasis.Granularity, usageBasis.DaysCovered,
                row.FeaturesInUse, available,
                row.EventsInWindow, row.LastEvent,
                row.Tickets,
                row.Promoters + row.Passives + row.Detractors,
                row.CsatCount,
                row.ContractId,
                row.ContractId is null ? null : pastWindow ? HealthFactsBasis.InvoicePaymentStatus : HealthFactsBasis.StoredPaymentStatus);
            result.Add(new ClientHealthFacts(row.ClientId, row.Tier, inputs, basis));
        }

        return result;
    }

    /// <summary>
    /// For a past day, the stored payment status says how things stand now, not then; the invoices say how they stood:
    /// an invoice issued by that day and not paid by it (nor void) was outstanding, past due by day - due date.
    /// </summary>
    private async Task<Dictionary<string, int>> WorstDaysPastDueAsync(IQueryable<string> ids, DateOnly day, CancellationToken cancellationToken)
    {
        var open = await db.Invoices.AsNoTracking()
            .Where(i => ids.Contains(i.ClientId) && i.Status != InvoiceStatus.Void && i.IssuedOn <= day && i.DueOn < day
                && (i.PaidOn == null || i.PaidOn > day))
            .Select(i => new { i.ClientId, i.DueOn })
            .ToListAsync(cancellationToken);
        return open.GroupBy(i => i.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(i => day.DayNumber - i.DueOn.DayNumber), StringComparer.Ordinal);
    }

    private static PaymentStatus StatusFromDaysPastDue(int days) => days switch
    {
        > PaymentStanding.OverdueAfterDays => PaymentStatus.Overdue,
        > 0 => PaymentStatus.Late,
        _ => PaymentStatus.Current,
    };

    private static SatisfactionFacts? Satisfaction(FactsRow row)
    {
        if (row.Promoters + row.Passives + row.Detractors + row.CsatCount == 0)
            return null;
        decimal? csat = row.CsatCount == 0 ? null : Rounding.Amount(row.CsatSum / (decimal)row.CsatCount);
        return new SatisfactionFacts(row.Promoters, row.Passives, row.Detractors, csat, row.CsatCount);
    }

    /// <summary>
    /// Usage periods are stored aggregates; the ones overlapping the window count in proportion to the days they share
    /// with it. Only the finest stored granularity is used, so overlapping daily and monthly rows are not counted twice.
    /// <paramref name="rows"/> are one client's periods in period-start order (as the queries return them) and may include
    /// periods outside the window (read for two windows at once); those are skipped. Two passes without copying: this runs
    /// for every client of a portfolio scan.
    /// </summary>
    private static (UsageFacts? Facts, (int Periods, string? Granularity, int DaysCovered) Basis) Usage(
        IEnumerable<UsageRow> rows, HealthWindow window, int featuresInUse, int featuresAvailable)
    {
        UsageGranularity? finest = null;
        foreach (var row in rows)
        {
            if (Overlaps(row, window) && (finest is null || row.Granularity < finest))
                finest = row.Granularity;
        }

        if (finest is not { } granularity)
            return (null, (0, null, 0));

        int periods = 0, licensedUsers = 0;
        decimal coveredDays = 0, activeDays = 0, logins = 0;
        foreach (var period in rows)
        {
            if (period.Granularity != granularity || !Overlaps(period, window))
                continue;
            var overlap = UsageRates.OverlapDays(period.PeriodStart, period.PeriodEnd, window.FirstDay, window.LastDay);
            var length = period.PeriodEnd.DayNumber - period.PeriodStart.DayNumber + 1;
            coveredDays += overlap;
            activeDays += period.ActiveUsers * (decimal)overlap;
            logins += period.TotalLogins * (decimal)overlap / length;
            periods++;
            licensedUsers = period.TotalUsers;
        }

        var averageActive = Rounding.Amount(activeDays / coveredDays);
        var loginsPerWeek = UsageRates.LoginsPerActiveUserPerWeek(logins, averageActive, coveredDays) ?? 0;
        var facts = new UsageFacts(licensedUsers, averageActive, loginsPerWeek, featuresInUse, featuresAvailable);
        return (facts, (periods, EnumCodes<UsageGranularity>.ToCode(granularity), (int)coveredDays));
    }

    private static bool Overlaps(UsageRow period, HealthWindow window) => period.PeriodStart <= window.LastDay && period.PeriodEnd >= window.FirstDay;
}

/// <summary>A client's own columns with its health facts in a window and in the window before it.</summary>
public sealed record ClientWithFacts<TClient>(TClient Client, ClientHealthFacts Current, ClientHealthFacts Previous);
