using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Core.RegisterClient;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Application.Features.Integrations.SyncIntegrations;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Engagement;
using CsMcp.Domain.Features;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Usage;
using CsMcp.Infrastructure.Persistence;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CsMcp.Infrastructure.Tests.Integrations.Sync;

/// <summary>
/// The sync end to end: the real Refit clients, resilience and mapping (AddIntegrations) against loopback fakes of
/// Zendesk, Intercom and Mixpanel, the real IntegrationSyncService, and a migrated SQLite or PostgreSQL database; then the
/// health engine on what landed.
/// </summary>
public sealed class SyncEndToEndTests : IAsyncLifetime
{
    private static readonly DateTime Now = TestClock.Now.UtcDateTime;

    private readonly FakeTimeProvider _clock = TestClock.Create();
    private readonly IntegrationTestHost _host = new(new Dictionary<string, string?> { ["MIXPANEL_USAGE_EVENT"] = "Session" });
    private TestDatabase _database = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        _host.Dispose();
        if (_database is not null)
            await _database.DisposeAsync();
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Imports_every_linked_client_a_second_run_changes_nothing_and_the_health_score_follows(string provider)
    {
        var (acme, globex) = await PrepareAsync(provider);
        VendorFakes.ServeAll(_host.Server);
        var before = await EvaluateAsync(acme);

        var first = await SyncAsync();

        Assert.Equal(
            "zendesk synced: 2/2 clients, 4 created, 0 updated, 0 unchanged; intercom synced: 2/2 clients, 2 created, 0 updated, 0 unchanged; "
            + "mixpanel synced: 2/2 clients, 2 created, 0 updated, 0 unchanged.",
            first.Message);
        Assert.Equal((0, false, Now), (first.Failures, first.DryRun, first.StartedAt));
        var zendesk = first.Integrations[0];
        Assert.Equal([(acme, 3), (globex, 1)], zendesk.Clients.Select(c => (c.ClientId, c.Created)));
        Assert.All(first.Integrations.SelectMany(i => i.Clients), c => Assert.Equal(((DateTime?)null, (DateTime?)Now), (c.ChangedSince, c.Watermark)));

        var tickets = await WithDb(db => db.SupportTickets.AsNoTracking().OrderBy(t => t.ExternalId).ToListAsync());
        Assert.Equal(["zendesk:11", "zendesk:12", "zendesk:13", "zendesk:21"], tickets.Select(t => t.ExternalId));
        Assert.Equal([acme, acme, acme, globex], tickets.Select(t => t.ClientId));
        var urgent = tickets[0];
        Assert.Equal(("ZD-11", "Site down", TicketPriority.P0, TicketStatus.Resolved, TicketCategory.TechnicalIssue), (urgent.TicketId, urgent.Subject, urgent.Priority, urgent.Status, urgent.Category));
        Assert.Equal(("jane@acme.test", "Jane Doe", 5, "quick fix"), (urgent.RequesterEmail, urgent.RequesterName, urgent.SatisfactionRating, urgent.SatisfactionComment));
        Assert.Equal((At(6, 1, 9, 30), At(6, 2, 9, 0), At(6, 1, 9, 0)), (urgent.FirstResponseAt, urgent.ResolvedAt, (DateTime?)urgent.CreatedAt));
        Assert.Equal(["outage", "sev1"], urgent.Tags);
        Assert.Equal((TicketPriority.P3, TicketStatus.InProgress, TicketCategory.HowToQuestion, (int?)null, (DateTime?)null), (tickets[1].Priority, tickets[1].Status, tickets[1].Category, tickets[1].SatisfactionRating, tickets[1].ResolvedAt));
        Assert.Equal((TicketPriority.P4, TicketStatus.Closed, TicketCategory.Other, string.Empty, At(4, 3, 9, 0)), (tickets[2].Priority, tickets[2].Status, tickets[2].Category, tickets[2].Description, tickets[2].ResolvedAt));
        Assert.Equal((TicketPriority.P1, TicketStatus.WaitingOnCustomer, TicketCategory.BugReport, "max@globex.test"), (tickets[3].Priority, tickets[3].Status, tickets[3].Category, tickets[3].RequesterEmail));

        var events = await WithDb(db => db.EngagementEvents.AsNoTracking().OrderBy(e => e.OccurredAt).ToListAsync());
        Assert.Equal(["intercom:conversation:conv-9", "intercom:last_seen:ic-acme:2026-06-14"], events.Select(e => e.ExternalId));
        Assert.All(events, e => Assert.Equal((acme, EngagementDirection.Inbound), (e.ClientId, e.Direction)));
        Assert.Equal((EngagementType.InApp, At(6, 10, 10, 0), "jane@acme.test", "Jane Doe", "Intercom conversation: Export fails"),
            (events[0].EventType, (DateTime?)events[0].OccurredAt, events[0].ContactEmail, events[0].ContactName, events[0].Summary));
        Assert.Equal((EngagementType.Login, At(6, 14, 8, 0)), (events[1].EventType, (DateTime?)events[1].OccurredAt));
        var lastEngagement = await WithDb(db => db.Clients.Where(c => c.ClientId == acme || c.ClientId == globex).OrderBy(c => c.ClientName).Select(c => c.LastEngagementAt).ToListAsync());
        Assert.Equal([At(6, 14, 8, 0), null], lastEngagement);

        var usage = await WithDb(db => db.UsagePeriods.AsNoTracking().OrderBy(u => u.PeriodStart).ToListAsync());
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)], usage.Select(u => u.PeriodStart));
        Assert.All(usage, u => Assert.Equal((acme, UsageGranularity.Monthly, 50), (u.ClientId, u.Granularity, u.TotalUsers)));
        Assert.Equal((new DateOnly(2026, 5, 31), 40, 40, 1, 26, 1200L, 0), (usage[1].PeriodEnd, usage[1].ActiveUsers, usage[1].MonthlyActiveUsers, usage[1].DailyActiveUsers, usage[1].WeeklyActiveUsers, usage[1].TotalActions, usage[1].TotalLogins));
        Assert.Equal((new DateOnly(2026, 6, 15), 30, 30, 2, 23, 500L), (usage[2].PeriodEnd, usage[2].ActiveUsers, usage[2].MonthlyActiveUsers, usage[2].DailyActiveUsers, usage[2].WeeklyActiveUsers, usage[2].TotalActions));

        var states = await WithDb(db => db.IntegrationSyncStates.AsNoTracking().OrderBy(s => s.Integration).ThenBy(s => s.ClientId).ToListAsync());
        Assert.Equal(6, states.Count);
        Assert.All(states, s => Assert.Equal(((DateTime?)Now, (DateTime?)Now, (string?)null), (s.LastSyncedAt, s.LastAttemptAt, s.LastErrorType)));
        Assert.Equal([null, null, "2026-06", null, null, null], states.Select(s => s.LastCursor)); // intercom, mixpanel, zendesk; Acme first

        var after = await EvaluateAsync(acme);

        // support: 100 with no ticket -> 100 - 3 x 2 tickets created in the 30 days - 10 for the urgent one = 84 (ZD-13 is older).
        Assert.Equal((ComponentStatus.Scored, 100m), Score(before, HealthComponent.Support));
        Assert.Equal((ComponentStatus.Scored, 84m), Score(after, HealthComponent.Support));
        // usage: no period in the window -> 0.4 x (35 average active of 50 licensed = 70) + 0.3 x 0 logins + 0.3 x (2 of 4 features = 50) = 43.
        Assert.Equal((ComponentStatus.NoData, (decimal?)null), Score(before, HealthComponent.Usage));
        Assert.Equal((ComponentStatus.Scored, 43m), Score(after, HealthComponent.Usage));
        Assert.Equal(35m, after.Facts.Inputs.Usage!.AverageActiveUsers);
        Assert.Equal(2, after.Facts.Basis.UsagePeriods);
        // engagement: never -> 0.6 x 30 = 18; after: last seen 1 day ago (85) and 2 events in 30 days (50) -> 0.6 x 85 + 0.4 x 50 = 71.
        Assert.Equal((ComponentStatus.Scored, 18m), Score(before, HealthComponent.Engagement));
        Assert.Equal((ComponentStatus.Scored, 71m), Score(after, HealthComponent.Engagement));
        Assert.Equal((2, At(6, 14, 8, 0)), (after.Facts.Basis.EngagementEvents, after.Facts.Basis.LastEngagementAt));
        // overall over the components with data: (0.25 x 18 + 0.15 x 100) / 0.40 = 48.75; (0.35 x 43 + 0.25 x 71 + 0.15 x 84) / 0.75 = 60.53.
        Assert.Equal((48.75m, 60.53m), (before.Assessment.WeightedScore, after.Assessment.WeightedScore));

        _clock.Advance(TimeSpan.FromHours(2));
        var second = await SyncAsync();

        Assert.Equal(
            "zendesk synced: 2/2 clients, 0 created, 0 updated, 0 unchanged; intercom synced: 2/2 clients, 0 created, 0 updated, 2 unchanged; "
            + "mixpanel synced: 2/2 clients, 0 created, 0 updated, 1 unchanged.",
            second.Message);
        Assert.All(second.Integrations.SelectMany(i => i.Clients), c => Assert.Equal(((DateTime?)Now, (DateTime?)Now.AddHours(2)), (c.ChangedSince, c.Watermark)));
        var secondSearch = _host.Server.LogEntries.Select(e => e.RequestMessage!).Where(r => r.Path == "/conversations/search").OrderBy(r => r.DateTime).Last();
        var updatedSince = Json.Parse(secondSearch.Body).GetProperty("query").GetProperty("value")[1];
        // updated_at > watermark - 1 s: conversations updated at or after the first run's start.
        Assert.Equal(new DateTimeOffset(Now).ToUnixTimeSeconds() - 1, updatedSince.GetProperty("value").GetInt64());

        var full = await SyncAsync(new SyncScope(Since: At(3, 1, 0, 0)));

        Assert.Equal(
            "zendesk synced: 2/2 clients, 0 created, 0 updated, 4 unchanged; intercom synced: 2/2 clients, 0 created, 0 updated, 2 unchanged; "
            + "mixpanel synced: 2/2 clients, 0 created, 0 updated, 2 unchanged.",
            full.Message);
        Assert.Equal((4, 2, 3), await WithDb(async db => (await db.SupportTickets.CountAsync(), await db.EngagementEvents.CountAsync(), await db.UsagePeriods.CountAsync())));
        Assert.Equal(Key(after), Key(await EvaluateAsync(acme)));
        _host.AssertNoSecretLogged();
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_vendor_failing_for_one_client_after_retries_fails_that_client_only(string provider)
    {
        var (acme, globex) = await PrepareAsync(provider);
        VendorFakes.ServeZendesk(_host.Server, globexFails: true);

        var result = await SyncAsync(new SyncScope(Integrations: ["zendesk"]));

        Assert.Equal("zendesk partial: 1/2 clients, 3 created, 0 updated, 0 unchanged, 1 failed.", result.Message);
        var summary = Assert.Single(result.Integrations);
        Assert.Equal(("partial", 2, 1), (summary.Status, summary.ClientsLinked, summary.ClientsSynced));
        Assert.Equal(acme, Assert.Single(summary.Clients).ClientId);
        var failure = Assert.Single(summary.Failures);
        Assert.Equal((globex, "integration_unavailable"), (failure.ClientId, failure.ErrorType));
        Assert.Equal("Zendesk answered with a server error (HTTP 500) to list an organization's ticket activity, after retries where they were safe. Try again later.", failure.Message);
        Assert.Equal(1, result.Failures);
        // One attempt and three retries (CSMCP_INTEGRATION_MAX_RETRIES default), each recorded in the platform metrics.
        Assert.Equal(4, _host.RequestCount("/api/v2/organizations/202/tickets.json"));
        Assert.Equal(4, _host.Calls(IntegrationNames.Zendesk, "ListOrganizationTicketActivity", "500"));

        Assert.Equal([acme, acme, acme], await WithDb(db => db.SupportTickets.OrderBy(t => t.ExternalId).Select(t => t.ClientId).ToListAsync()));
        var states = await WithDb(db => db.IntegrationSyncStates.AsNoTracking().OrderBy(s => s.ClientId == globex).ToListAsync());
        Assert.Equal((acme, (DateTime?)Now, (string?)null), (states[0].ClientId, states[0].LastSyncedAt, states[0].LastErrorType));
        Assert.Equal((globex, (DateTime?)null, (DateTime?)Now, "integration_unavailable", failure.Message),
            (states[1].ClientId, states[1].LastSyncedAt, states[1].LastAttemptAt, states[1].LastErrorType, states[1].LastError));
        _host.AssertNoSecretLogged();
    }

    /// <summary>
    /// Two linked clients; Acme also has 4 catalogue features, 2 of them in use, and a March usage period with 50 licensed
    /// users (outside the 30-day window, so its usage has no data before the sync; new periods take its licensed users).
    /// </summary>
    private async Task<(string Acme, string Globex)> PrepareAsync(string provider)
    {
        TestDatabase.SkipUnlessAvailable(provider);
        _database = await TestDatabase.CreateAsync(provider);
        var acme = await RegisterAsync("Acme", VendorFakes.AcmeOrganization, "acme-co", "acme");
        var globex = await RegisterAsync("Globex", VendorFakes.GlobexOrganization, "globex-co", "globex");
        await WithDb(async db =>
        {
            for (var i = 1; i <= 4; i++)
                db.Features.Add(new Feature { FeatureId = $"feat_f{i}", Name = $"Feature {i}", Description = "catalogue", MinimumTier = ClientTier.Starter, ReleasedOn = new DateOnly(2025, 1, 1) });
            for (var i = 1; i <= 2; i++)
                db.FeatureAdoptions.Add(new FeatureAdoption { ClientId = acme, FeatureId = $"feat_f{i}", FirstUsedAt = At(1, 5, 0, 0)!.Value, LastUsedAt = At(6, 10, 0, 0)!.Value, ActiveUsers = 10, UsageCount = 100, UpdatedAt = Now });
            db.UsagePeriods.Add(new UsagePeriod { ClientId = acme, PeriodStart = new DateOnly(2026, 3, 1), PeriodEnd = new DateOnly(2026, 3, 31), TotalUsers = 50, ActiveUsers = 45, MonthlyActiveUsers = 45, CreatedAt = Now });
            return await db.SaveChangesAsync();
        });
        return (acme, globex);
    }

    private Task<string> RegisterAsync(string name, string organization, string company, string group) => WithDb(async db =>
        (await new RegisterClientHandler(db, _clock).Handle(
            new RegisterClient { ClientName = name, CompanyName = $"{name} Ltd", ZendeskOrganizationId = organization, IntercomCompanyId = company, MixpanelGroupKey = group },
            default)).ClientId);

    private Task<SyncIntegrationsResult> SyncAsync(SyncScope? scope = null) => WithDb(async db =>
    {
        await using var services = TestServices.ForApplication(db, _clock, s => s
            .AddSingleton(_host.Get<ISupportDesk>()).AddSingleton(_host.Get<IMessaging>()).AddSingleton(_host.Get<IProductAnalytics>()).AddSingleton(_host.Get<IIntegrationStatus>()));
        return await services.Create<IntegrationSyncService>().RunAsync(scope ?? new SyncScope(), default);
    });

    private Task<HealthEvaluation> EvaluateAsync(string clientId) => WithDb(async db =>
    {
        await using var services = TestServices.ForApplication(db, _clock);
        return await services.Create<HealthScoringService>().EvaluateAsync(clientId, HealthScoringOptions.Default(HealthWeights.Default), default);
    });

    private async Task<T> WithDb<T>(Func<CsMcpDbContext, Task<T>> action)
    {
        await using var db = _database.CreateContext();
        return await action(db);
    }

    private static (ComponentStatus, decimal?) Score(HealthEvaluation evaluation, HealthComponent component) =>
        (evaluation.Assessment.Component(component).Status, evaluation.Assessment.Component(component).Score);

    private static string Key(HealthEvaluation evaluation) =>
        string.Join(";", evaluation.Assessment.Components.Select(c => $"{c.Component}={c.Score}")) + $";{evaluation.Assessment.WeightedScore}";

    private static DateTime? At(int month, int day, int hour, int minute) => new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc);
}
