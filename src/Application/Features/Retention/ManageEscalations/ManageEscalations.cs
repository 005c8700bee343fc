using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Retention.Common;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Retention;
using Mediator;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Features.Retention.Common.RetentionText;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Retention.ManageEscalations;

[Tool("manage_escalations", Toolsets.Retention, Title = "Manage escalations")]
[Description("Creates, updates, resolves, closes and lists client escalations, each with severity, owner, reason and a resolution SLA "
    + "(critical 4 h, else 24 h) whose status (on_track, at_risk, breached, met) comes from the real times. Every change is stored "
    + "and on the client's timeline.")]
public sealed record ManageEscalations : ICommand<ManageEscalationsResult>
{
    [Description("Default list.")]
    [OneOf<EscalationAction>]
    public string Action { get; init; } = "list";

    [Description("update, resolve, close: the escalation.")]
    public string? EscalationId { get; init; }

    [Description("create: the client (required). list: only this client's.")]
    public string? ClientId { get; init; }

    [Description("create: default high. update: new severity (SLA follows). list: filter.")]
    [OneOf<EscalationSeverity>]
    public string? Severity { get; init; }

    [Description("create: default the client's CSM, else unassigned. update: new owner. 1-200 chars.")]
    public string? Owner { get; init; }

    [Description("create: what went wrong (else stored as '(no reason given)'). update: corrected. 1-2000 chars.")]
    public string? Reason { get; init; }

    [Description("update: open or in_progress (resolve/close finish). list: filter.")]
    [OneOf<EscalationStatus>]
    public string? Status { get; init; }

    [Description("resolve: how (else stored as '(no resolution notes given)'). close: a note. 1-4000 chars.")]
    public string? ResolutionNotes { get; init; }

    [Description("list: page size, 1-200. Default 50.")]
    public int Limit { get; init; } = 50;

    [Description("list: matching escalations to skip. Default 0.")]
    public int Offset { get; init; }
}

public sealed class ManageEscalationsHandler(IAppDbContext db, TimeProvider time) : ICommandHandler<ManageEscalations, ManageEscalationsResult>
{
    public const string SlaRule = "Resolution SLA: 4 hours for critical, 24 hours for high, medium and low, counted from creation. "
        + "Open: at_risk once 80 % of it has elapsed, breached past the due time. Resolved: met if resolved by the due time, else breached.";

    public async ValueTask<ManageEscalationsResult> Handle(ManageEscalations command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return EnumCodes<EscalationAction>.Parse(command.Action) switch
        {
            EscalationAction.Create => await CreateAsync(command, now, cancellationToken),
            EscalationAction.Update => await UpdateAsync(command, now.UtcDateTime, cancellationToken),
            EscalationAction.Resolve => await ResolveAsync(command, now.UtcDateTime, cancellationToken),
            EscalationAction.Close => await CloseAsync(command, now.UtcDateTime, cancellationToken),
            _ => await ListAsync(command, now.UtcDateTime, cancellationToken),
        };
    }

    private async Task<ManageEscalationsResult> CreateAsync(ManageEscalations command, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = await db.GetClientAsync(command.ClientId!, cancellationToken);
        var owner = command.Owner?.Trim() ?? client.CsmAssigned ?? CampaignOwners.Unassigned;
        var severity = command.Severity is null ? EscalationSeverity.High : EnumCodes<EscalationSeverity>.Parse(command.Severity);
        var at = now.UtcDateTime;
        var escalation = new Escalation
        {
            EscalationId = await BusinessKeys.MintAsync("esc", now, id => db.Escalations.AnyAsync(e => e.EscalationId == id, cancellationToken)),
            ClientId = client.ClientId,
            Severity = severity,
            Status = EscalationStatus.Open,
            Owner = owner,
            Reason = command.Reason?.Trim() ?? Escalation.NoReasonGiven,
            SlaHours = EscalationSla.HoursFor(severity),
            CreatedAt = at,
            UpdatedAt = at,
        };
        db.Escalations.Add(escalation);
        db.ClientEvents.Add(ClientTimeline.EscalationCreated(escalation, at));
        await db.SaveChangesAsync(cancellationToken);

        return Single("create", $"Created {escalation.EscalationId} for {client.ClientName} ({Code(severity)}, SLA {escalation.SlaHours} h, owner {owner}).",
            View(escalation, client.ClientName, at), []);
    }

    private static string ResolutionNotes(ManageEscalations command) => command.ResolutionNotes?.Trim() ?? Escalation.NoResolutionNotesGiven;

    private async Task<ManageEscalationsResult> UpdateAsync(ManageEscalations command, DateTime now, CancellationToken cancellationToken)
    {
        var (escalation, clientName) = await FindAsync(command.EscalationId!, cancellationToken);
        if (!escalation.IsOpen)
            throw new ConflictException($"{escalation.EscalationId} is {Code(escalation.Status)} and can no longer be updated. Create a new escalation if the problem is back.");

        var changes = new List<EscalationChange>();
        if (command.Severity is not null)
        {
            var severity = EnumCodes<EscalationSeverity>.Parse(command.Severity);
            if (severity != escalation.Severity)
            {
                changes.Add(new("severity", Code(escalation.Severity), Code(severity)));
                escalation.Severity = severity;
                var hours = EscalationSla.HoursFor(severity);
                if (hours != escalation.SlaHours)
                {
                    changes.Add(new("sla_hours", Number(escalation.SlaHours), Number(hours)));
                    escalation.SlaHours = hours;
                }
            }
        }

        if (command.Status is not null)
        {
            var status = EnumCodes<EscalationStatus>.Parse(command.Status);
            if (status != escalation.Status)
            {
                changes.Add(new("status", Code(escalation.Status), Code(status)));
                escalation.Status = status;
            }
        }

        if (command.Owner?.Trim() is { } owner && owner != escalation.Owner)
        {
            changes.Add(new("owner", escalation.Owner, owner));
            escalation.Owner = owner;
        }

        if (command.Reason?.Trim() is { } reason && reason != escalation.Reason)
        {
            changes.Add(new("reason", escalation.Reason, reason));
            escalation.Reason = reason;
        }

        if (changes.Count == 0)
            return Single("update", "No changes: no severity, owner, reason or status differing from the stored values was given.", View(escalation, clientName, now), []);

        escalation.UpdatedAt = now;
        db.ClientEvents.Add(ClientTimeline.EscalationUpdated(escalation, TimelineChanges(changes), now));
        await db.SaveChangesAsync(cancellationToken);
        return Single("update", $"Updated {string.Join(", ", changes.Select(c => c.Field))} of {escalation.EscalationId}.", View(escalation, clientName, now), changes);
    }

    private async Task<ManageEscalationsResult> ResolveAsync(ManageEscalations command, DateTime now, CancellationToken cancellationToken)
    {
        var (escalation, clientName) = await FindAsync(command.EscalationId!, cancellationToken);
        if (!escalation.IsOpen)
            throw new ConflictException($"{escalation.EscalationId} is already {Code(escalation.Status)} (at {Iso(escalation.ResolvedAt ?? escalation.UpdatedAt)}); nothing was changed.");

        var changes = new List<EscalationChange> { new("status", Code(escalation.Status), Code(EscalationStatus.Resolved)), new("resolution_notes", escalation.ResolutionNotes, ResolutionNotes(command)) };
        escalation.Status = EscalationStatus.Resolved;
        escalation.ResolutionNotes = ResolutionNotes(command);
        escalation.ResolvedAt = now;
        escalation.UpdatedAt = now;
        var sla = EscalationSla.Evaluate(escalation.CreatedAt, escalation.SlaHours, now, now);
        db.ClientEvents.Add(ClientTimeline.EscalationResolved(escalation, sla, now));
        await db.SaveChangesAsync(cancellationToken);
        return Single("resolve", $"Resolved {escalation.EscalationId} after {Number(sla.ElapsedHours)} h; SLA {Code(sla.Status)}.", View(escalation, clientName, now), changes);
    }

    private async Task<ManageEscalationsResult> CloseAsync(ManageEscalations command, DateTime now, CancellationToken cancellationToken)
    {
        var (escalation, clientName) = await FindAsync(command.EscalationId!, cancellationToken);
        if (escalation.Status == EscalationStatus.Closed)
            throw new ConflictException($"{escalation.EscalationId} was already closed at {Iso(escalation.ClosedAt!.Value)}; nothing was changed.");

        var changes = new List<EscalationChange> { new("status", Code(escalation.Status), Code(EscalationStatus.Closed)) };
        if (escalation.ResolvedAt is null)
        {
            // Closing an unresolved escalation ends it: the SLA clock stops at the closing time.
            changes.Add(new("resolved_at", null, Iso(now)));
            escalation.ResolvedAt = now;
        }

        if (command.ResolutionNotes?.Trim() is { } notes && notes != escalation.ResolutionNotes)
        {
            changes.Add(new("resolution_notes", escalation.ResolutionNotes, notes));
            escalation.ResolutionNotes = notes;
        }

        escalation.Status = EscalationStatus.Closed;
        escalation.ClosedAt = now;
        escalation.UpdatedAt = now;
        db.ClientEvents.Add(ClientTimeline.EscalationClosed(escalation, TimelineChanges(changes), now));
        await db.SaveChangesAsync(cancellationToken);
        return Single("close", $"Closed {escalation.EscalationId}.", View(escalation, clientName, now), changes);
    }

    private async Task<ManageEscalationsResult> ListAsync(ManageEscalations query, DateTime now, CancellationToken cancellationToken)
    {
        var escalations = db.Escalations.AsNoTracking();
        if (query.ClientId is { } clientId)
        {
            if (!await db.ClientExistsAsync(clientId, cancellationToken))
                throw NotFoundException.Client(clientId);
            escalations = escalations.Where(e => e.ClientId == clientId);
        }

        if (query.Severity is not null)
        {
            var severity = EnumCodes<EscalationSeverity>.Parse(query.Severity);
            escalations = escalations.Where(e => e.Severity == severity);
        }

        if (query.Status is not null)
        {
            var status = EnumCodes<EscalationStatus>.Parse(query.Status);
            escalations = escalations.Where(e => e.Status == status);
        }

        var rows = await escalations
            .Join(db.Clients, e => e.ClientId, c => c.ClientId, (e, c) => new { Escalation = e, c.ClientName })
            .ToListAsync(cancellationToken);
        var views = rows.Select(r => View(r.Escalation, r.ClientName, now))
            .OrderBy(v => v.Status is EscalationStatus.Open or EscalationStatus.InProgress ? 0 : 1)
            .ThenBy(v => v.Status is EscalationStatus.Open or EscalationStatus.InProgress ? v.Sla.DueAt : DateTime.MaxValue)
            .ThenByDescending(v => v.CreatedAt)
            .ThenBy(v => v.EscalationId, StringComparer.Ordinal)
            .ToList();
        var (page, truncated) = ResultBudget.Take(views.Skip(query.Offset).Take(query.Limit).ToList());
        var summary = new EscalationSummary(
            views.Count,
            views.Count(v => v.Status is EscalationStatus.Open or EscalationStatus.InProgress),
            Enum.GetValues<EscalationStatus>().ToDictionary(Code, s => views.Count(v => v.Status == s)),
            Enum.GetValues<EscalationSeverity>().ToDictionary(Code, s => views.Count(v => v.Severity == s)),
            Enum.GetValues<SlaState>().ToDictionary(Code, s => views.Count(v => v.Sla.Status == s)));
        var breached = summary.BySlaStatus[Code(SlaState.Breached)];
        return new ManageEscalationsResult("list",
            $"{views.Count} escalation(s) match; {summary.Open} open, {breached} breached their SLA.",
            null, [], page, Page.Of(views.Count, query.Limit, query.Offset, page.Count, truncated), summary, SlaRule);
    }

    private async Task<(Escalation Escalation, string ClientName)> FindAsync(string escalationId, CancellationToken cancellationToken)
    {
        var id = escalationId.Trim();
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.EscalationId == id, cancellationToken)
            ?? throw new NotFoundException("escalation", "escalation_id", id, "Call manage_escalations with action list to find escalation ids.");
        var clientName = await db.Clients.Where(c => c.ClientId == escalation.ClientId).Select(c => c.ClientName).SingleAsync(cancellationToken);
        return (escalation, clientName);
    }

    private static ManageEscalationsResult Single(string action, string message, EscalationView view, IReadOnlyList<EscalationChange> changes) =>
        new(action, message, view, changes, [], null, null, SlaRule);

    public static EscalationView View(Escalation e, string clientName, DateTime now)
    {
        var sla = EscalationSla.Evaluate(e.CreatedAt, e.SlaHours, e.ResolvedAt, now);
        var age = Rounding.Amount((decimal)(now - e.CreatedAt).TotalHours);
        return new EscalationView(e.EscalationId, e.ClientId, clientName, e.Severity, e.Status, e.Owner, e.Reason, e.ResolutionNotes, e.SlaHours,
            e.CreatedAt, e.UpdatedAt, e.ResolvedAt, e.ClosedAt, age,
            new SlaView(sla.Status, sla.DueAt, sla.ElapsedHours, sla.HoursRemaining, sla.HoursOverdue, now));
    }

    private static List<TimelineChange> TimelineChanges(IEnumerable<EscalationChange> changes) =>
        changes.Select(c => new TimelineChange(c.Field, c.PreviousValue, c.NewValue)).ToList();
}
