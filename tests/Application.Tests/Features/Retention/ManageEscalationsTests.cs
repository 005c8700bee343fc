using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Retention.ManageEscalations;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Retention;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Retention;

public class ManageEscalationsTests : CoreToolTestBase
{
    private static readonly DateTime Now = TestClock.Now.UtcDateTime;

    private Task<ManageEscalationsResult> Call(ManageEscalations command) =>
        WithDb(async db => await new ManageEscalationsHandler(db, Clock).Handle(command, default));

    private async Task<string> ClientWithCsm(string name, string? csm = "Dana Lee")
    {
        var id = (await Register(name)).ClientId;
        await WithDb(async db =>
        {
            var client = await db.Clients.SingleAsync(c => c.ClientId == id);
            client.CsmAssigned = csm;
            return await db.SaveChangesAsync();
        });
        return id;
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Create_stores_the_escalation_with_its_sla_and_writes_the_timeline(string provider)
    {
        await UseAsync(provider);
        var id = await ClientWithCsm("Acme Corp");

        var result = await Call(new ManageEscalations { Action = "Create", ClientId = id, Severity = "critical", Reason = "Production outage for 3 hours" });

        var view = Assert.IsType<EscalationView>(result.Escalation);
        Assert.Equal($"esc_{TestClock.Now.ToUnixTimeMilliseconds()}", view.EscalationId);
        Assert.Equal((EscalationSeverity.Critical, EscalationStatus.Open, "Dana Lee", 4), (view.Severity, view.Status, view.Owner, view.SlaHours));
        Assert.Equal(new SlaView(SlaState.OnTrack, Now.AddHours(4), 0m, 4m, null, Now), view.Sla);
        Assert.Equal($"Created {view.EscalationId} for Acme Corp (critical, SLA 4 h, owner Dana Lee).", result.Message);

        var (stored, events) = await WithDb(async db => (await db.Escalations.SingleAsync(), await db.ClientEvents.OrderBy(e => e.Id).ToListAsync()));
        Assert.Equal((id, 4, Now), (stored.ClientId, stored.SlaHours, stored.CreatedAt));
        var created = events.Last();
        Assert.Equal((TimelineEventType.Support, "escalation_created", "Critical escalation opened", EventImpact.Negative),
            (created.EventType, created.Category, created.Title, created.Impact));
        Assert.Equal(view.EscalationId, created.Metadata["escalation_id"]);
        Assert.Equal("4", created.Metadata["sla_hours"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sla_status_follows_the_clock_on_track_at_risk_breached(string provider)
    {
        await UseAsync(provider);
        var id = await ClientWithCsm("Acme Corp");
        await Call(new ManageEscalations { Action = "create", ClientId = id, Reason = "Invoices wrong" });

        Clock.Advance(TimeSpan.FromHours(19));
        var onTrack = Assert.Single((await Call(new ManageEscalations())).Escalations).Sla;
        Clock.Advance(TimeSpan.FromHours(1));
        var atRisk = Assert.Single((await Call(new ManageEscalations())).Escalations).Sla;
        Clock.Advance(TimeSpan.FromHours(6.5));
        var list = await Call(new ManageEscalations { Action = "list" });
        var breached = Assert.Single(list.Escalations).Sla;

        Assert.Equal((SlaState.OnTrack, 5m, (decimal?)null), (onTrack.Status, onTrack.HoursRemaining!.Value, onTrack.HoursOverdue));
        Assert.Equal((SlaState.AtRisk, 4m), (atRisk.Status, atRisk.HoursRemaining!.Value));
        Assert.Equal((SlaState.Breached, (decimal?)null, 2.5m, 26.5m), (breached.Status, breached.HoursRemaining, breached.HoursOverdue!.Value, breached.ElapsedHours));
        Assert.Equal("1 escalation(s) match; 1 open, 1 breached their SLA.", list.Message);
        Assert.Equal(1, list.Summary!.BySlaStatus["breached"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Update_resolve_and_close_record_each_change(string provider)
    {
        await UseAsync(provider);
        var id = await ClientWithCsm("Acme Corp");
        var escalationId = (await Call(new ManageEscalations { Action = "create", ClientId = id, Severity = "medium", Reason = "Slow reports" })).Escalation!.EscalationId;

        Clock.Advance(TimeSpan.FromHours(1));
        var updated = await Call(new ManageEscalations { Action = "update", EscalationId = escalationId, Severity = "critical", Owner = "Sam Ortiz", Status = "in_progress" });
        Clock.Advance(TimeSpan.FromHours(2));
        var resolved = await Call(new ManageEscalations { Action = "resolve", EscalationId = escalationId, ResolutionNotes = "Index added" });
        Clock.Advance(TimeSpan.FromHours(1));
        var closed = await Call(new ManageEscalations { Action = "close", EscalationId = escalationId });

        Assert.Equal(
        [
            new EscalationChange("severity", "medium", "critical"), new EscalationChange("sla_hours", "24", "4"),
            new EscalationChange("status", "open", "in_progress"), new EscalationChange("owner", "Dana Lee", "Sam Ortiz"),
        ], updated.Changes);
        Assert.Equal($"Resolved {escalationId} after 3 h; SLA met.", resolved.Message);
        Assert.Equal(SlaState.Met, resolved.Escalation!.Sla.Status);
        Assert.Equal([new EscalationChange("status", "resolved", "closed")], closed.Changes);
        Assert.Equal(Now.AddHours(3), closed.Escalation!.ResolvedAt);

        var events = await WithDb(db => db.ClientEvents.Where(e => e.EventType == TimelineEventType.Support).OrderBy(e => e.Id).Select(e => e.Category).ToListAsync());
        Assert.Equal(["escalation_created", "escalation_updated", "escalation_resolved", "escalation_closed"], events);

        var again = await Assert.ThrowsAsync<ConflictException>(() => Call(new ManageEscalations { Action = "resolve", EscalationId = escalationId, ResolutionNotes = "x" }));
        Assert.Equal($"{escalationId} is already closed (at {Now.AddHours(3):yyyy-MM-ddTHH:mm:ssZ}); nothing was changed.", again.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task List_filters_pages_and_summarises_the_whole_filtered_set(string provider)
    {
        await UseAsync(provider);
        var acme = await ClientWithCsm("Acme Corp");
        var globex = await ClientWithCsm("Globex");
        await Call(new ManageEscalations { Action = "create", ClientId = acme, Severity = "low", Reason = "A" });
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Call(new ManageEscalations { Action = "create", ClientId = acme, Severity = "critical", Reason = "B" });
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Call(new ManageEscalations { Action = "create", ClientId = globex, Severity = "high", Reason = "C" });

        var page = await Call(new ManageEscalations { ClientId = acme, Limit = 1 });
        var critical = await Call(new ManageEscalations { Severity = "critical" });

        Assert.Equal("B", Assert.Single(page.Escalations).Reason);
        Assert.Equal((2, true, 1), (page.Pagination!.TotalCount, page.Pagination.HasMore, page.Pagination.NextOffset!.Value));
        Assert.Equal(new Dictionary<string, int> { ["critical"] = 1, ["high"] = 0, ["medium"] = 0, ["low"] = 1 }, page.Summary!.BySeverity);
        Assert.Equal("Acme Corp", Assert.Single(critical.Escalations).ClientName);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Refusals_write_nothing(string provider)
    {
        await UseAsync(provider);
        await ClientWithCsm("Acme Corp", csm: null);

        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Call(new ManageEscalations { Action = "update", EscalationId = "esc_1", Owner = "x" }));

        Assert.Equal("No escalation with escalation_id 'esc_1' exists. Call manage_escalations with action list to find escalation ids.", missing.Message);
        Assert.Equal((0, 1), await WithDb(async db => (await db.Escalations.CountAsync(), await db.ClientEvents.CountAsync())));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_originals_calls_without_reason_owner_or_notes_work_and_say_what_was_stored(string provider)
    {
        await UseAsync(provider);
        var id = await ClientWithCsm("Acme Corp", csm: null);

        var created = await Call(new ManageEscalations { Action = "create", ClientId = id, Severity = "critical" });
        var escalationId = created.Escalation!.EscalationId;
        var unchanged = await Call(new ManageEscalations { Action = "update", EscalationId = escalationId });
        var resolved = await Call(new ManageEscalations { Action = "resolve", EscalationId = escalationId });

        Assert.Equal(("unassigned", "(no reason given)"), (created.Escalation.Owner, created.Escalation.Reason));
        Assert.Equal("No changes: no severity, owner, reason or status differing from the stored values was given.", unchanged.Message);
        Assert.Equal("(no resolution notes given)", resolved.Escalation!.ResolutionNotes);
        Assert.Equal(3, await WithDb(async db => await db.ClientEvents.CountAsync()));
    }

    [Fact]
    public void Validator_names_each_bad_argument_and_rule()
    {
        var errors = ArgumentErrors.From(new ManageEscalationsValidator().Validate(new ManageEscalations
        {
            Action = "create", Severity = "urgent", EscalationId = "esc_1", Status = "open", Owner = " ", Limit = 0, Offset = -1,
        }).Errors);

        Assert.Equal(new Dictionary<string, string[]>
        {
            ["severity"] = ["'severity' must be one of: critical, high, medium, low (case-insensitive); got 'urgent'."],
            ["owner"] = ["'owner' must not be blank when given; omit it instead."],
            ["limit"] = ["'limit' must be between 1 and 200; got 0."],
            ["offset"] = ["'offset' must be 0 or more; got -1."],
            ["client_id"] = ["'client_id' is required to create an escalation."],
            ["escalation_id"] = ["'escalation_id' is not used by create: the id is assigned. Omit it, or use action update."],
            ["status"] = ["'status' is not used by create: a new escalation is open."],
        }, errors);
    }

    [Fact]
    public void Validator_checks_the_action_and_what_each_action_needs()
    {
        static IEnumerable<string> Messages(ManageEscalations r) => new ManageEscalationsValidator().Validate(r).Errors.Select(e => e.ErrorMessage);

        Assert.Equal(["'action' must be one of: create, update, resolve, list, close (case-insensitive); got 'delete'."], Messages(new ManageEscalations { Action = "delete" }));
        Assert.Equal(["'escalation_id' is required to resolve an escalation. Call action list to find it."], Messages(new ManageEscalations { Action = "resolve" }));
        Assert.Equal(["'status' must be open or in_progress for update; got 'resolved'. Use action resolve or close to finish an escalation."],
            Messages(new ManageEscalations { Action = "update", EscalationId = "esc_1", Status = "resolved" }));
        Assert.Empty(Messages(new ManageEscalations { Action = "update", EscalationId = "esc_1" }));
        Assert.Equal(["'status' must be one of: open, in_progress, resolved, closed (case-insensitive); got 'done'."], Messages(new ManageEscalations { Status = "done" }));
    }
}
