using System.ComponentModel;
using System.Globalization;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Usage;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.GetClientOverview;

[Tool("get_client_overview", Toolsets.Core, Title = "Client overview", ReadOnly = true, Idempotent = true)]
[Description("Everything stored about one client: identity, contract and renewal dates, latest health score and snapshot, latest usage "
    + "period (active-user ratio), open tickets, last engagement, recent timeline activity, attention areas with their evidence, and what data is missing.")]
public sealed record GetClientOverview : IQuery<ClientOverviewResult>
{
    [Description("The client's id, e.g. cs_1764201600000_acme_corp (letters, digits, '_' and '-', at most 100 characters).")]
    public required string ClientId { get; init; }
}

/// <summary>
/// Served through the read cache (CacheTypes.ClientOverview) per client and day: the overview depends only on the client's
/// stored rows and the day, and every write to those rows drops the entry (CacheInvalidationInterceptor).
/// </summary>
public sealed class GetClientOverviewHandler(IAppDbContext db, IReadCache cache, TimeProvider time) : IQueryHandler<GetClientOverview, ClientOverviewResult>
{
    public const int RecentEventCount = 5;
    public const int ActivityWindowDays = 90;
    public const int RenewalAttentionDays = 90;
    public const decimal LowActiveUserRatio = 0.30m;
    public const int EngagementAttentionDays = 30;

    public async ValueTask<ClientOverviewResult> Handle(GetClientOverview query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return await cache.GetOrCreateAsync(CacheTypes.ClientOverview, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), query.ClientId,
            async ct => await ComputeAsync(query.ClientId, ct), cancellationToken);
    }

    private async Task<ClientOverviewResult> ComputeAsync(string clientId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken)
            ?? throw Common.Exceptions.NotFoundException.Client(clientId);

        var events = db.ClientEvents.AsNoTracking().Where(e => e.ClientId == clientId);
        var windowStart = now.AddDays(-ActivityWindowDays);
        var totalEvents = await events.CountAsync(cancellationToken);
        var recentCount = await events.CountAsync(e => e.OccurredAt >= windowStart, cancellationToken);
        var recent = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(RecentEventCount).ToListAsync(cancellationToken);
        var snapshot = await db.HealthSnapshots.AsNoTracking().Where(s => s.ClientId == clientId)
            .OrderByDescending(s => s.CalculatedAt).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var usage = await db.UsagePeriods.AsNoTracking().Where(u => u.ClientId == clientId && u.PeriodStart <= today)
            .OrderByDescending(u => u.PeriodEnd).ThenBy(u => u.Granularity).FirstOrDefaultAsync(cancellationToken);
        var support = await SupportAsync(clientId, windowStart, cancellationToken);
        var engagement = await EngagementAsync(clientId, client.LastEngagementAt, now, windowStart, cancellationToken);

        var record = ClientRecord.From(client, today);
        var usageView = usage is null ? null : new UsageView(usage.PeriodStart, usage.PeriodEnd, EnumCodes<UsageGranularity>.ToCode(usage.Granularity),
            usage.TotalUsers, usage.ActiveUsers, usage.ActivationRate, usage.LoginsPerActiveUserPerWeek);
        return new ClientOverviewResult(
            record,
            Contract(client, today),
            Health(client, snapshot),
            new ActivityView(totalEvents, recentCount, ActivityWindowDays, recent.FirstOrDefault()?.OccurredAt, [.. recent.Select(TimelineEvent.From)]),
            usageView,
            support,
            engagement,
            AttentionAreas(client, today, recentCount, usageView, support, engagement),
            DataGaps(client, usageView, engagement),
            now);
    }

    private async Task<SupportView> SupportAsync(string clientId, DateTime windowStart, CancellationToken cancellationToken)
    {
        var tickets = db.SupportTickets.AsNoTracking().Where(t => t.ClientId == clientId);
        var open = tickets.Where(t => t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed);
        var openCount = await open.CountAsync(cancellationToken);
        var urgent = await open.CountAsync(t => t.Priority == TicketPriority.P0 || t.Priority == TicketPriority.P1, cancellationToken);
        var oldest = await open.MinAsync(t => (DateTime?)t.CreatedAt, cancellationToken);
        var inWindow = await tickets.CountAsync(t => t.CreatedAt >= windowStart, cancellationToken);
        return new SupportView(openCount, urgent, oldest, inWindow, ActivityWindowDays);
    }

    private async Task<EngagementView> EngagementAsync(string clientId, DateTime? storedLast, DateTime now, DateTime windowStart, CancellationToken cancellationToken)
    {
        var events = db.EngagementEvents.AsNoTracking().Where(e => e.ClientId == clientId && e.OccurredAt <= now);
        var last = await events.MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var lastLogin = await events.Where(e => e.EventType == EngagementType.Login).MaxAsync(e => (DateTime?)e.OccurredAt, cancellationToken);
        var inWindow = await events.CountAsync(e => e.OccurredAt >= windowStart, cancellationToken);
        if (storedLast is { } stored && (last is null || stored > last))
            last = stored;
        var days = last is { } at ? DateOnly.FromDateTime(now).DayNumber - DateOnly.FromDateTime(at).DayNumber : (int?)null;
        return new EngagementView(last, days, lastLogin, inWindow, ActivityWindowDays);
    }

    private static ContractView Contract(Client client, DateOnly today)
    {
        var status = today < client.ContractStartDate ? "not_started" : today > client.ContractEndDate ? "expired" : "active";
        return new ContractView(client.ContractValue, client.ContractStartDate, client.ContractEndDate, client.RenewalDate,
            client.ContractTermDays, client.DaysUntilRenewal(today), status);
    }

    private static HealthView Health(Client client, HealthSnapshot? snapshot)
    {
        var latest = snapshot is null ? null : new SnapshotView(snapshot.CalculatedAt, snapshot.LookbackDays, snapshot.ScoringModel, snapshot.OverallScore,
            snapshot.Trend, snapshot.ScoreChange, snapshot.UsageScore, snapshot.EngagementScore, snapshot.SupportScore, snapshot.SatisfactionScore, snapshot.PaymentScore);
        if (client.HealthScore is not { } score)
            return new HealthView(null, null, null, null, null, "No health score has been calculated for this client yet.", latest);

        var outlook = RenewalOutlook.FromHealthScore(score);
        return new HealthView(score, client.HealthTrend, client.HealthCalculatedAt, outlook.Probability, outlook.RiskLevel,
            $"Stored health score {score}; renewal outlook from the score ({RenewalOutlook.Rule}).", latest);
    }

    private static List<Observation> AttentionAreas(Client client, DateOnly today, int recentEventCount, UsageView? usage, SupportView support, EngagementView engagement)
    {
        var areas = new List<Observation>();
        var days = client.DaysUntilRenewal(today);
        if (client.Status == AccountStatus.Active && days < 0)
            areas.Add(new("renewal_overdue", $"The renewal date passed {-days} days ago and the account is still active.", $"renewal_date {client.RenewalDate:yyyy-MM-dd}"));
        else if (days <= RenewalAttentionDays && client.Status != AccountStatus.Churned)
            areas.Add(new("renewal_due", $"Renewal in {days} days.", $"renewal_date {client.RenewalDate:yyyy-MM-dd}"));
        if (client.HealthScore is < RenewalOutlook.MediumRiskFrom)
            areas.Add(new("low_health", $"Health score {client.HealthScore} is below {RenewalOutlook.MediumRiskFrom} (high renewal risk).", $"health_score {client.HealthScore}"));
        if (client.HealthTrend == HealthTrend.Declining)
            areas.Add(new("declining_health", "Health is declining versus the previous calculation.", "health_trend declining"));
        if (client.CsmAssigned is null)
            areas.Add(new("no_csm", "No customer success manager is assigned.", "csm_assigned is empty"));
        if (client.PrimaryContactEmail is null)
            areas.Add(new("no_primary_contact", "No primary contact e-mail is recorded.", "primary_contact_email is empty"));
        if (recentEventCount == 0)
            areas.Add(new("no_recent_activity", $"No timeline activity in the last {ActivityWindowDays} days.", "0 events in window"));
        if (support.OpenUrgentTickets > 0)
            areas.Add(new("open_urgent_tickets", $"{support.OpenUrgentTickets} urgent (P0/P1) tickets are open.", $"{support.OpenTickets} open tickets, oldest created {support.OldestOpenCreatedAt:yyyy-MM-dd}"));
        if (usage?.ActiveUserRatio < LowActiveUserRatio)
            areas.Add(new("low_active_user_ratio", $"Only {usage.ActiveUsers} of {usage.TotalUsers} licensed users were active in the latest usage period.",
                FormattableString.Invariant($"active_user_ratio {usage.ActiveUserRatio} for {usage.PeriodStart:yyyy-MM-dd}..{usage.PeriodEnd:yyyy-MM-dd}")));
        if (engagement.DaysSinceLastEngagement > EngagementAttentionDays)
            areas.Add(new("no_recent_engagement", $"The last engagement was {engagement.DaysSinceLastEngagement} days ago.", $"last engagement {engagement.LastEngagementAt:yyyy-MM-dd}"));
        return areas;
    }

    private static List<string> DataGaps(Client client, UsageView? usage, EngagementView engagement)
    {
        var gaps = new List<string>();
        if (client.HealthScore is null)
            gaps.Add("health_score: not calculated yet.");
        if (client.PrimaryContactEmail is null)
            gaps.Add("primary_contact_email: not recorded.");
        if (client.PrimaryContactName is null)
            gaps.Add("primary_contact_name: not recorded.");
        if (client.CsmAssigned is null)
            gaps.Add("csm_assigned: not recorded.");
        if (engagement.LastEngagementAt is null)
            gaps.Add("last_engagement_at: no engagement has been recorded.");
        if (usage is null)
            gaps.Add("usage: no usage period is stored.");
        return gaps;
    }
}
