using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Analytics;
using CsMcp.Application.Common.Integrations.Messaging;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Integrations.SyncIntegrations;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Support;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CsMcp.Application.Tests.Features.Integrations;

public class SyncIntegrationsTests : CoreToolTestBase
{
    private static readonly DateTime Created = new(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly ISupportDesk _desk = Substitute.For<ISupportDesk>();
    private readonly IMessaging _messaging = Substitute.For<IMessaging>();
    private readonly IProductAnalytics _analytics = Substitute.For<IProductAnalytics>();
    private readonly IIntegrationStatus _status = Substitute.For<IIntegrationStatus>();

    public SyncIntegrationsTests()
    {
        _status.GetStates().Returns(
        [
            new IntegrationState(IntegrationNames.Zendesk, true, "configured", CircuitState.Closed),
            new IntegrationState(IntegrationNames.Intercom, true, "configured", CircuitState.Closed),
            new IntegrationState(IntegrationNames.Mixpanel, true, "configured", CircuitState.Closed),
            new IntegrationState(IntegrationNames.SendGrid, false, "not configured", CircuitState.Closed),
        ]);
        _desk.ListOrganizationTicketActivityAsync(101, Arg.Any<DateTime?>(), Arg.Any<PageRequest>(), Arg.Any<CancellationToken>())
            .Returns(new IntegrationPage<DeskTicketActivity>([Activity(1, DeskTicketPriority.Urgent, DeskTicketStatus.Solved, DeskSatisfaction.Bad), Activity(2, DeskTicketPriority.Normal, DeskTicketStatus.Open, null)], null, null));
        _desk.ListOrganizationTicketActivityAsync(202, Arg.Any<DateTime?>(), Arg.Any<PageRequest>(), Arg.Any<CancellationToken>())
            .Returns(new IntegrationPage<DeskTicketActivity>([Activity(3, DeskTicketPriority.Low, DeskTicketStatus.Closed, DeskSatisfaction.Good)], null, null));
        _messaging.FindCompanyAsync("acme-co", Arg.Any<CancellationToken>())
            .Returns(new MessagingCompany("c-1", "acme-co", "Acme", null, null, null, null, null, 3, 40, Created, Created, new DateTime(2026, 6, 14, 8, 0, 0, DateTimeKind.Utc)));
        _messaging.ListCompanyContactsAsync("c-1", Arg.Any<PageRequest>(), Arg.Any<CancellationToken>())
            .Returns(new IntegrationPage<MessagingContact>([new MessagingContact("u-1", MessagingContactRole.User, null, "Jane@Acme.io", "Jane", null, null, null, null, null, null, null, new Dictionary<string, string?>())], null, 1));
        _messaging.SearchConversationsAsync(Arg.Any<MessagingConversationSearch>(), Arg.Any<PageRequest>(), Arg.Any<CancellationToken>())
            .Returns(new IntegrationPage<MessagingConversation>([new MessagingConversation("conv-9", "Export fails", MessagingConversationState.Open, true, false, null, ["u-1"], [], new DateTime(2026, 6, 10, 10, 0, 0, DateTimeKind.Utc), new DateTime(2026, 6, 10, 11, 0, 0, DateTimeKind.Utc), null)], null, 1));
        _analytics.GetGroupUsageAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .Returns(new Dictionary<string, IReadOnlyList<AnalyticsGroupUsage>>
            {
                ["acme"] = [new(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), 40, 1200, 12.4m, 25.6m), new(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 15), 30, 500, 10m, 50m)],
            });
    }

    private static DeskTicketActivity Activity(long id, DeskTicketPriority priority, DeskTicketStatus status, DeskSatisfaction? satisfaction) => new(
        new DeskTicket(id, $"Ticket {id}", "Details", status, priority, "incident", 77, null, 101, null, ["billing"], Created, Created.AddHours(5), $"https://desk/agent/tickets/{id}"),
        "Jane@Acme.io", "Jane", satisfaction, satisfaction is null ? null : "ok", Created.AddMinutes(30), status is DeskTicketStatus.Solved or DeskTicketStatus.Closed ? Created.AddHours(4) : null);

    private void Ports(IServiceCollection services) => services
        .AddSingleton(_desk).AddSingleton(_messaging).AddSingleton(_analytics).AddSingleton(_status);

    private Task<SyncIntegrationsResult> Sync(SyncIntegrations? request = null) => WithDb(async db =>
        await Create<SyncIntegrationsHandler>(db, Ports).Handle(request ?? new SyncIntegrations(), default));

    private async Task<(string Acme, string Globex)> RegisterLinkedAsync()
    {
        var acme = (await Register("Acme", b => { b.ZendeskOrganizationId = "101"; b.IntercomCompanyId = "acme-co"; b.MixpanelGroupKey = "acme"; })).ClientId;
        var globex = (await Register("Globex", b => b.ZendeskOrganizationId = "202")).ClientId;
        return (acme, globex);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Imports_tickets_engagement_and_usage_and_a_second_run_changes_nothing(string provider)
    {
        await UseAsync(provider);
        var (acme, globex) = await RegisterLinkedAsync();

        var first = await Sync();

        var zendesk = first.Integrations.Single(i => i.Integration == "zendesk");
        Assert.Equal(("synced", 2, 2, 3, 0, 0), (zendesk.Status, zendesk.ClientsLinked, zendesk.ClientsSynced, zendesk.Created, zendesk.Updated, zendesk.Unchanged));
        var intercom = first.Integrations.Single(i => i.Integration == "intercom");
        Assert.Equal(("synced", 1, 2), (intercom.Status, intercom.ClientsSynced, intercom.Created));
        var mixpanel = first.Integrations.Single(i => i.Integration == "mixpanel");
        Assert.Equal(("synced", 1, 2), (mixpanel.Status, mixpanel.ClientsSynced, mixpanel.Created));
        Assert.Equal(0, first.Failures);

        var tickets = await WithDb(db => db.SupportTickets.OrderBy(t => t.ExternalId).ToListAsync());
        Assert.Equal(["zendesk:1", "zendesk:2", "zendesk:3"], tickets.Select(t => t.ExternalId));
        var urgent = tickets[0];
        Assert.Equal((acme, "ZD-1", TicketPriority.P0, TicketStatus.Resolved, TicketCategory.TechnicalIssue, 1), (urgent.ClientId, urgent.TicketId, urgent.Priority, urgent.Status, urgent.Category, urgent.SatisfactionRating));
        Assert.Equal((Created.AddMinutes(30), Created.AddHours(4), "jane@acme.io", 5, 60), (urgent.FirstResponseAt, urgent.ResolvedAt, urgent.RequesterEmail, urgent.SlaFirstResponseMinutes, urgent.SlaResolutionMinutes));
        Assert.Equal((TicketPriority.P3, TicketStatus.InProgress, (DateTime?)null), (tickets[1].Priority, tickets[1].Status, tickets[1].ResolvedAt));
        Assert.Equal((globex, TicketPriority.P4, TicketStatus.Closed, 5), (tickets[2].ClientId, tickets[2].Priority, tickets[2].Status, tickets[2].SatisfactionRating));

        var events = await WithDb(db => db.EngagementEvents.OrderBy(e => e.OccurredAt).ToListAsync());
        Assert.Equal(["intercom:conversation:conv-9", "intercom:last_seen:c-1:2026-06-14"], events.Select(e => e.ExternalId));
        Assert.Equal((EngagementType.InApp, "jane@acme.io", "Intercom conversation: Export fails"), (events[0].EventType, events[0].ContactEmail, events[0].Summary));
        Assert.Equal(new DateTime(2026, 6, 14, 8, 0, 0, DateTimeKind.Utc), await WithDb(db => db.Clients.Where(c => c.ClientId == acme).Select(c => c.LastEngagementAt).SingleAsync()));

        var usage = await WithDb(db => db.UsagePeriods.OrderBy(u => u.PeriodStart).ToListAsync());
        Assert.Equal((new DateOnly(2026, 5, 31), 40, 40, 12, 26, 1200L), (usage[0].PeriodEnd, usage[0].ActiveUsers, usage[0].MonthlyActiveUsers, usage[0].DailyActiveUsers, usage[0].WeeklyActiveUsers, usage[0].TotalActions));
        Assert.Equal((30, 10, 30), (usage[1].ActiveUsers, usage[1].DailyActiveUsers, usage[1].WeeklyActiveUsers));

        var states = await WithDb(db => db.IntegrationSyncStates.OrderBy(s => s.ClientId).ThenBy(s => s.Integration).ToListAsync());
        Assert.Equal(4, states.Count);
        Assert.All(states, s => Assert.Equal((TestClock.Now.UtcDateTime, (string?)null), (s.LastSyncedAt!.Value, s.LastError)));
        Assert.Equal("2026-06", states.Single(s => s.Integration == "mixpanel").LastCursor);

        Clock.Advance(TimeSpan.FromHours(2));
        var second = await Sync();

        Assert.All(second.Integrations.Where(i => i.Integration != "sendgrid"), i => Assert.Equal((0, 0), (i.Created, i.Updated)));
        Assert.Equal((3, 2, 2), (second.Integrations[0].Unchanged, second.Integrations[1].Unchanged, second.Integrations[2].Unchanged));
        await _desk.Received(1).ListOrganizationTicketActivityAsync(101, TestClock.Now.UtcDateTime, Arg.Any<PageRequest>(), Arg.Any<CancellationToken>());
        var watermark = await WithDb(db => db.IntegrationSyncStates.Where(s => s.ClientId == acme && s.Integration == "zendesk").Select(s => s.LastSyncedAt).SingleAsync());
        Assert.Equal(TestClock.Now.UtcDateTime.AddHours(2), watermark);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failing_client_is_reported_and_the_others_keep_their_data(string provider)
    {
        await UseAsync(provider);
        var (acme, globex) = await RegisterLinkedAsync();
        _desk.ListOrganizationTicketActivityAsync(202, Arg.Any<DateTime?>(), Arg.Any<PageRequest>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new IntegrationException(IntegrationNames.Zendesk, "list an organization's ticket activity", IntegrationFailure.ServerError, 503));

        var result = await Sync(new SyncIntegrations { Integrations = ["Zendesk"] });

        var zendesk = Assert.Single(result.Integrations);
        Assert.Equal(("partial", 1, 2), (zendesk.Status, zendesk.ClientsSynced, zendesk.Created));
        var failure = Assert.Single(zendesk.Failures);
        Assert.Equal((globex, "integration_unavailable"), (failure.ClientId, failure.ErrorType));
        Assert.Equal("Zendesk answered with a server error (HTTP 503) to list an organization's ticket activity, after retries where they were safe. Try again later.", failure.Message);
        Assert.Equal(1, result.Failures);
        Assert.Equal([acme, acme], await WithDb(db => db.SupportTickets.Select(t => t.ClientId).ToListAsync()));
        var state = await WithDb(db => db.IntegrationSyncStates.SingleAsync(s => s.ClientId == globex));
        Assert.Equal(((DateTime?)null, "integration_unavailable", TestClock.Now.UtcDateTime), (state.LastSyncedAt, state.LastErrorType, state.LastAttemptAt!.Value));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unconfigured_integrations_are_skipped_with_what_to_set_and_dry_run_writes_nothing(string provider)
    {
        await UseAsync(provider);
        await RegisterLinkedAsync();
        _status.GetStates().Returns(
        [
            new IntegrationState(IntegrationNames.Zendesk, true, "configured", CircuitState.Closed),
            new IntegrationState(IntegrationNames.Intercom, false, "not configured: set INTERCOM_ACCESS_TOKEN", CircuitState.Closed),
            new IntegrationState(IntegrationNames.Mixpanel, true, "configured for tracking", CircuitState.Closed),
        ]);
        _analytics.GetGroupUsageAsync(Arg.Any<IReadOnlyCollection<string>>(), Arg.Any<DateOnly>(), Arg.Any<DateOnly>(), Arg.Any<CancellationToken>())
            .ThrowsAsync(new IntegrationNotConfiguredException(IntegrationNames.Mixpanel, "usage import", ["MIXPANEL_USAGE_EVENT"]));

        var result = await Sync(new SyncIntegrations { DryRun = true });

        Assert.Equal(("synced", 3), (result.Integrations[0].Status, result.Integrations[0].Created));
        Assert.Equal(("skipped", "not configured: set INTERCOM_ACCESS_TOKEN"), (result.Integrations[1].Status, result.Integrations[1].Detail));
        Assert.Equal("skipped", result.Integrations[2].Status);
        Assert.Equal(["MIXPANEL_USAGE_EVENT"], result.Integrations[2].VariablesToSet);
        Assert.StartsWith("zendesk synced: 2/2 clients, 3 created, 0 updated, 0 unchanged; intercom skipped (not configured); mixpanel skipped (not configured). Dry run", result.Message);
        Assert.Equal((0, 0, 0), await WithDb(async db => (await db.SupportTickets.CountAsync(), await db.IntegrationSyncStates.CountAsync(), await db.UsagePeriods.CountAsync())));
        await _messaging.DidNotReceiveWithAnyArgs().FindCompanyAsync(default!, default);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_client_ids_are_not_found(string provider)
    {
        await UseAsync(provider);
        await RegisterLinkedAsync();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => Sync(new SyncIntegrations { ClientIds = ["cs_1_nobody"] }));

        Assert.Equal("No client with client_id 'cs_1_nobody' exists. Call list_clients to find existing client ids.", error.Message);
    }
}
