using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Workers;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Workers.Monitors;

/// <summary>
/// support_sla_tracker: every running SLA clock of an open ticket (first response until answered, resolution until
/// resolved; due = created + the stored SLA minutes). Due within hours_until_breach hours is at risk; past due is
/// breached (reported when sla_breach_alert). One finding per ticket and clock.
/// </summary>
public sealed class SupportSlaTracker(IAppDbContext db) : IWorker
{
    public WorkerName Name => WorkerName.SupportSlaTracker;

    public async Task<WorkerScan> ScanAsync(WorkerParams parameters, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var hours = (double)parameters.Number("hours_until_breach");
        var breaches = parameters.Flag("sla_breach_alert");
        var open = await db.SupportTickets.AsNoTracking()
            .Where(t => t.Status != TicketStatus.Resolved && t.Status != TicketStatus.Closed && t.ResolvedAt == null && t.CreatedAt <= now)
            .Join(db.Clients, t => t.ClientId, c => c.ClientId, (t, c) => new { Ticket = t, c.ClientName })
            .ToListAsync(cancellationToken);

        var findings = new List<WorkerFinding>();
        foreach (var (ticket, clientName) in open.Select(o => (o.Ticket, o.ClientName)))
        {
            foreach (var clock in TicketSlaClock.Running(ticket))
            {
                var left = clock.HoursUntilBreach(now);
                var code = EnumCodes<SlaClock>.ToCode(clock.Clock);
                var breached = left <= 0;
                if ((breached && !breaches) || (!breached && left > hours))
                    continue;
                findings.Add(new WorkerFinding(ticket.TicketId, ticket.ClientId, clientName, $"{code}_sla_{(breached ? "breached" : "at_risk")}",
                    breached ? AlertSeverity.Critical : AlertSeverity.High,
                    breached
                        ? $"{ticket.TicketId} ({EnumCodes<TicketPriority>.ToCode(ticket.Priority)}) breached its {code.Replace('_', ' ')} SLA at {clock.DueAt:yyyy-MM-dd HH:mm} UTC, {-left:0.#} h ago."
                        : $"{ticket.TicketId} ({EnumCodes<TicketPriority>.ToCode(ticket.Priority)}) breaches its {code.Replace('_', ' ')} SLA at {clock.DueAt:yyyy-MM-dd HH:mm} UTC, in {left:0.#} h.",
                    new Dictionary<string, decimal?>(StringComparer.Ordinal) { ["hours_until_breach"] = Rounding.Average((decimal)left) }));
            }
        }

        findings = [.. findings.OrderBy(f => f.Figures["hours_until_breach"]).ThenBy(f => f.Subject, StringComparer.Ordinal).ThenBy(f => f.Condition, StringComparer.Ordinal)];
        var breachedCount = findings.Count(f => f.Condition.EndsWith("_breached", StringComparison.Ordinal));
        return new WorkerScan(findings,
            $"SLA check: {breachedCount} breached, {findings.Count - breachedCount} due within {hours:0.##} h, over {open.Count} open tickets.",
            "Stored support tickets that are open: SLA due = created + the ticket's stored first-response and resolution minutes.",
            []);
    }
}
