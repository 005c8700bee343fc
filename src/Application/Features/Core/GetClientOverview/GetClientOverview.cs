using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.GetClientOverview;

[Tool("get_client_overview", Toolsets.Core, Title = "Client overview", ReadOnly = true, Idempotent = true)]
[Description("Everything stored about one client: identity, contract and renewal dates, the latest calculated health score, "
    + "recent timeline activity, attention areas derived from that data (each with its evidence), and the data that is missing.")]
public sealed record GetClientOverview : IQuery<ClientOverviewResult>
{
    [Description("The client's id, e.g. cs_1764201600000_acme_corp (letters, digits, '_' and '-', at most 100 characters).")]
    public required string ClientId { get; init; }
}

public sealed class GetClientOverviewHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<GetClientOverview, ClientOverviewResult>
{
    public const int RecentEventCount = 5;
    public const int ActivityWindowDays = 90;
    public const int RenewalAttentionDays = 90;

    public async ValueTask<ClientOverviewResult> Handle(GetClientOverview query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var clientId = query.ClientId;
        var client = await db.Clients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken)
            ?? throw Common.Exceptions.NotFoundException.Client(clientId);

        var events = db.ClientEvents.AsNoTracking().Where(e => e.ClientId == clientId);
        var windowStart = now.AddDays(-ActivityWindowDays);
        var totalEvents = await events.CountAsync(cancellationToken);
        var recentCount = await events.CountAsync(e => e.OccurredAt >= windowStart, cancellationToken);
        var recent = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Take(RecentEventCount).ToListAsync(cancellationToken);

        var record = ClientRecord.From(client, today);
        return new ClientOverviewResult(
            record,
            Contract(client, today),
            Health(client),
            new ActivityView(totalEvents, recentCount, ActivityWindowDays, recent.FirstOrDefault()?.OccurredAt, [.. recent.Select(TimelineEvent.From)]),
            AttentionAreas(client, today, recentCount),
            DataGaps(client),
            now);
    }

    private static ContractView Contract(Client client, DateOnly today)
    {
        var status = today < client.ContractStartDate ? "not_started" : today > client.ContractEndDate ? "expired" : "active";
        return new ContractView(client.ContractValue, client.ContractStartDate, client.ContractEndDate, client.RenewalDate,
            client.ContractTermDays, client.DaysUntilRenewal(today), status);
    }

    private static HealthView Health(Client client)
    {
        if (client.HealthScore is not { } score)
            return new HealthView(null, null, null, null, null, "No health score has been calculated for this client yet.");

        var outlook = RenewalOutlook.FromHealthScore(score);
        return new HealthView(score, client.HealthTrend, client.HealthCalculatedAt, outlook.Probability, outlook.RiskLevel,
            $"Stored health score {score}; renewal outlook from the score (>= 80: 0.90 low risk, >= 60: 0.70 medium, below: 0.40 high).");
    }

    private static List<Observation> AttentionAreas(Client client, DateOnly today, int recentEventCount)
    {
        var areas = new List<Observation>();
        var days = client.DaysUntilRenewal(today);
        if (client.Status == AccountStatus.Active && days < 0)
            areas.Add(new("renewal_overdue", $"The renewal date passed {-days} days ago and the account is still active.", $"renewal_date {client.RenewalDate:yyyy-MM-dd}"));
        else if (days <= RenewalAttentionDays && client.Status != AccountStatus.Churned)
            areas.Add(new("renewal_due", $"Renewal in {days} days.", $"renewal_date {client.RenewalDate:yyyy-MM-dd}"));
        if (client.HealthScore is < 60)
            areas.Add(new("low_health", $"Health score {client.HealthScore} is below 60 (high renewal risk).", $"health_score {client.HealthScore}"));
        if (client.HealthTrend == HealthTrend.Declining)
            areas.Add(new("declining_health", "Health is declining versus the previous calculation.", "health_trend declining"));
        if (client.CsmAssigned is null)
            areas.Add(new("no_csm", "No customer success manager is assigned.", "csm_assigned is empty"));
        if (client.PrimaryContactEmail is null)
            areas.Add(new("no_primary_contact", "No primary contact e-mail is recorded.", "primary_contact_email is empty"));
        if (recentEventCount == 0)
            areas.Add(new("no_recent_activity", $"No timeline activity in the last {ActivityWindowDays} days.", "0 events in window"));
        return areas;
    }

    private static List<string> DataGaps(Client client)
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
        if (client.LastEngagementAt is null)
            gaps.Add("last_engagement_at: no engagement has been recorded.");
        return gaps;
    }
}
