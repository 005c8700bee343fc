using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Contracts;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Scoring;

/// <summary>
/// Maps stored data to the health engine's facts (docs/health-score.md, "From stored data to facts"). One client and a
/// batch go through the same code: a fixed number of set-based queries for the whole set of clients (each filtered by a
/// sub-query on the clients, so no id list is sent), grouped in memory.
/// </summary>
public sealed class HealthFactsLoader(IAppDbContext db, TimeProvider time)
{
    public async Task<ClientHealthFacts?> LoadAsync(string clientId, HealthWindow window, CancellationToken cancellationToken)
    {
        var facts = await LoadManyAsync(db.Clients.Where(c => c.ClientId == clientId), window, cancellationToken);
        return facts.Count == 0 ? null : facts[0];
    }

    /// <summary>Facts for every client of <paramref name="clients"/>, in client-id order.</summary>
    public async Task<IReadOnlyList<ClientHealthFacts>> LoadManyAsync(IQueryable<Client> clients, HealthWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clients);
        ArgumentNullException.ThrowIfNull(window);
        var ids = clients.Select(c => c.ClientId);
        var (start, end, firstDay, lastDay) = (window.Start, window.End, window.FirstDay, window.LastDay);

        var scope = await clients.AsNoTracking().OrderBy(c => c.ClientId).Select(c => new { c.ClientId, c.Tier }).ToListAsync(cancellationToken);
        if (scope.Count == 0)
            return [];

        var usage = (await db.UsagePeriods.AsNoTracking()
                .Where(u => ids.Contains(u.ClientId) && u.PeriodStart <= lastDay && u.PeriodEnd >= firstDay)
                .Select(u => new UsageRow(u.ClientId, u.Granularity, u.PeriodStart, u.PeriodEnd, u.TotalUsers, u.ActiveUsers, u.TotalLogins))
                .ToListAsync(cancellationToken))
            .ToLookup(u => u.ClientId, StringComparer.Ordinal);

        var features = await db.Features.AsNoTracking().Select(f => new { f.MinimumTier, f.ReleasedOn }).ToListAsync(cancellationToken);
        var inUse = await db.FeatureAdoptions.AsNoTracking()
            .Where(a => ids.Contains(a.ClientId) && a.FirstUsedAt <= end && a.LastUsedAt > start)
            .GroupBy(a => a.ClientId)
            .Select(g => new { ClientId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ClientId, g => g.Count, StringComparer.Ordinal, cancellationToken);

        var engagement = await db.EngagementEvents.AsNoTracking()
            .Where(e => ids.Contains(e.ClientId) && e.OccurredAt <= end)
            .GroupBy(e => e.ClientId)
            .Select(g => new { ClientId = g.Key, Last = g.Max(e => e.OccurredAt), InWindow = g.Count(e => e.OccurredAt > start) })
            .ToDictionaryAsync(g => g.ClientId, g => (g.Last, g.InWindow), StringComparer.Ordinal, cancellationToken);

        var tickets = await db.SupportTickets.AsNoTracking()
            .Where(t => ids.Contains(t.ClientId) && t.CreatedAt > start && t.CreatedAt <= end)
            .GroupBy(t => t.ClientId)
            .Select(g => new { ClientId = g.Key, All = g.Count(), Urgent = g.Count(t => t.Priority == TicketPriority.P0 || t.Priority == TicketPriority.P1) })
            .ToDictionaryAsync(g => g.ClientId, g => (g.All, g.Urgent), StringComparer.Ordinal, cancellationToken);

        var surveys = await db.SurveyResponses.AsNoTracking()
            .Where(r => ids.Contains(r.ClientId) && r.RespondedAt > start && r.RespondedAt <= end
                && (r.SurveyType == SurveyType.Nps || r.SurveyType == SurveyType.Csat))
            .GroupBy(r => r.ClientId)
            .Select(g => new SurveyRow(
                g.Key,
                g.Count(r => r.SurveyType == SurveyType.Nps && r.Score >= 9),
                g.Count(r => r.SurveyType == SurveyType.Nps && r.Score >= 7 && r.Score <= 8),
                g.Count(r => r.SurveyType == SurveyType.Nps && r.Score <= 6),
                g.Count(r => r.SurveyType == SurveyType.Csat),
                g.Where(r => r.SurveyType == SurveyType.Csat).Sum(r => r.Score)))
            .ToDictionaryAsync(g => g.ClientId, StringComparer.Ordinal, cancellationToken);

        var contracts = (await db.Contracts.AsNoTracking()
                .Where(c => ids.Contains(c.ClientId) && c.StartDate <= lastDay)
                .Select(c => new ContractRow(c.ClientId, c.ContractId, c.RenewalDate, c.PaymentStatus, c.Id))
                .ToListAsync(cancellationToken))
            .GroupBy(c => c.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.RenewalDate).ThenByDescending(c => c.Id).First(), StringComparer.Ordinal);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var pastWindow = lastDay < today;
        var outstanding = pastWindow ? await WorstDaysPastDueAsync(ids, lastDay, cancellationToken) : [];

        var result = new List<ClientHealthFacts>(scope.Count);
        foreach (var client in scope)
        {
            var available = features.Count(f => f.MinimumTier <= client.Tier && f.ReleasedOn <= lastDay);
            var (usageFacts, usageBasis) = Usage(usage[client.ClientId], window, inUse.GetValueOrDefault(client.ClientId), available);
            var (last, eventsInWindow) = engagement.TryGetValue(client.ClientId, out var e) ? ((DateTime?)e.Last, e.InWindow) : (null, 0);
            var (ticketCount, urgent) = tickets.GetValueOrDefault(client.ClientId);
            var survey = surveys.GetValueOrDefault(client.ClientId);
            var contract = contracts.GetValueOrDefault(client.ClientId);

            var payment = contract is null ? null : new PaymentFacts(
                pastWindow ? StatusFromDaysPastDue(outstanding.GetValueOrDefault(client.ClientId)) : contract.PaymentStatus,
                contract.RenewalDate.DayNumber - lastDay.DayNumber);
            var inputs = new HealthInputs(
                usageFacts,
                new EngagementFacts(last is { } at ? lastDay.DayNumber - DateOnly.FromDateTime(at).DayNumber : null, eventsInWindow, window.LookbackDays),
                new SupportFacts(ticketCount, urgent),
                Satisfaction(survey),
                payment,
                window.LookbackDays);
            var basis = new HealthFactsBasis(
                start, end, window.LookbackDays,
                usageBasis.Periods, usageBasis.Granularity, usageBasis.DaysCovered,
                inUse.GetValueOrDefault(client.ClientId), available,
                eventsInWindow, last,
                ticketCount,
                survey is null ? 0 : survey.Promoters + survey.Passives + survey.Detractors,
                survey?.CsatCount ?? 0,
                contract?.ContractId,
                contract is null ? null : pastWindow ? HealthFactsBasis.InvoicePaymentStatus : HealthFactsBasis.StoredPaymentStatus);
            result.Add(new ClientHealthFacts(client.ClientId, client.Tier, inputs, basis));
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

    private static SatisfactionFacts? Satisfaction(SurveyRow? survey)
    {
        if (survey is null || survey.Promoters + survey.Passives + survey.Detractors + survey.CsatCount == 0)
            return null;
        decimal? csat = survey.CsatCount == 0 ? null : Math.Round(survey.CsatSum / (decimal)survey.CsatCount, 2);
        return new SatisfactionFacts(survey.Promoters, survey.Passives, survey.Detractors, csat, survey.CsatCount);
    }

    /// <summary>
    /// Usage periods are stored aggregates; the ones overlapping the window count in proportion to the days they share
    /// with it. Only the finest stored granularity is used, so overlapping daily and monthly rows are not counted twice.
    /// </summary>
    private static (UsageFacts? Facts, (int Periods, string? Granularity, int DaysCovered) Basis) Usage(
        IEnumerable<UsageRow> rows, HealthWindow window, int featuresInUse, int featuresAvailable)
    {
        var all = rows.ToList();
        if (all.Count == 0)
            return (null, (0, null, 0));
        var granularity = all.Min(r => r.Granularity);
        var periods = all.Where(r => r.Granularity == granularity).OrderBy(r => r.PeriodStart).ToList();

        decimal coveredDays = 0, activeDays = 0, logins = 0;
        foreach (var period in periods)
        {
            var from = period.PeriodStart > window.FirstDay ? period.PeriodStart : window.FirstDay;
            var to = period.PeriodEnd < window.LastDay ? period.PeriodEnd : window.LastDay;
            var overlap = to.DayNumber - from.DayNumber + 1;
            var length = period.PeriodEnd.DayNumber - period.PeriodStart.DayNumber + 1;
            coveredDays += overlap;
            activeDays += period.ActiveUsers * (decimal)overlap;
            logins += period.TotalLogins * (decimal)overlap / length;
        }

        var averageActive = Math.Round(activeDays / coveredDays, 2);
        var loginsPerWeek = averageActive == 0 ? 0 : Math.Round(logins / averageActive / (coveredDays / 7m), 2);
        var facts = new UsageFacts(periods[^1].TotalUsers, averageActive, loginsPerWeek, featuresInUse, featuresAvailable);
        return (facts, (periods.Count, Domain.Common.EnumCodes<Domain.Usage.UsageGranularity>.ToCode(granularity), (int)coveredDays));
    }

    private sealed record UsageRow(string ClientId, Domain.Usage.UsageGranularity Granularity, DateOnly PeriodStart, DateOnly PeriodEnd,
        int TotalUsers, int ActiveUsers, int TotalLogins);

    private sealed record SurveyRow(string ClientId, int Promoters, int Passives, int Detractors, int CsatCount, int CsatSum);

    private sealed record ContractRow(string ClientId, string ContractId, DateOnly RenewalDate, PaymentStatus PaymentStatus, long Id);
}
