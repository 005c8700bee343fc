using CsMcp.Application.Features.Workers.Common;
using CsMcp.Application.Features.Workers.Monitors;
using CsMcp.Application.Tests.Features.Retention;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Health;
using CsMcp.Domain.Support;
using CsMcp.Domain.Surveys;
using CsMcp.Domain.Workers;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Application.Tests.Features.Retention.ChurnDataset;

namespace CsMcp.Application.Tests.Features.Workers;

/// <summary>
/// Each worker's exact findings over <see cref="ChurnDataset"/> (health: Decliner 32, Mid 73, Steady 79; 40 of 50 seats
/// active for Steady and Mid, 20 for Decliner, 40 for all the month before) at 2026-06-15 12:00 UTC, on both providers.
/// </summary>
public sealed class WorkerDetectionTests : WorkerToolTestBase
{
    private static (string, string, AlertSeverity) Key(WorkerFinding f) => (f.Subject, f.Condition, f.Severity);

    private async Task SeedAsync(string provider)
    {
        await UseAsync(provider);
        await WithDb(async db =>
        {
            await ChurnDataset.SeedAsync(db);
            return 0;
        });
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Churn_monitor_finds_health_below_the_threshold_and_critical_below_40(string provider)
    {
        await SeedAsync(provider);
        await Configure(WorkerName.ChurnRiskMonitor, true, """{"health_score_threshold": 75, "alert_on_critical": true}""");

        var report = await RunNow(WorkerName.ChurnRiskMonitor);

        Assert.Equal([(Decliner, "critical_health", AlertSeverity.Critical), (Mid, "health_below_threshold", AlertSeverity.High)], report.Scan!.Findings.Select(Key));
        Assert.Equal("Health 32 is below 40 (critical); churn probability 0.95.", report.Scan.Findings[0].Message);
        Assert.Equal((32m, 0.95m), (report.Scan.Findings[0].Figures["health_score"], report.Scan.Findings[0].Figures["churn_probability"]));
        Assert.Equal("Churn check: 1 critical, 1 at risk of 3 live clients.", report.Scan.Summary);
        Assert.Equal((WorkerRunStatus.Succeeded, 2, 2, 0, WorkerRunner.NoChannel), (report.Run.Status, report.Run.FindingsCount, report.Run.NewAlerts, report.Run.ClearedAlerts, report.Notification));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Alerts_are_stored_once_while_the_condition_holds_and_cleared_when_it_stops(string provider)
    {
        await SeedAsync(provider);
        await Configure(WorkerName.ChurnRiskMonitor, true, """{"health_score_threshold": 75}""");

        await RunNow(WorkerName.ChurnRiskMonitor);
        Clock.Advance(TimeSpan.FromHours(1));
        var again = await RunNow(WorkerName.ChurnRiskMonitor);
        Assert.Equal((2, 0, 0), (again.Run.FindingsCount, again.Run.NewAlerts, again.Run.ClearedAlerts));
        Assert.Empty(again.NewAlerts);

        await Configure(WorkerName.ChurnRiskMonitor, true, """{"health_score_threshold": 60}""");
        Clock.Advance(TimeSpan.FromHours(1));
        var narrower = await RunNow(WorkerName.ChurnRiskMonitor);
        Assert.Equal((1, 0, 1), (narrower.Run.FindingsCount, narrower.Run.NewAlerts, narrower.Run.ClearedAlerts));

        var alerts = await WithDb(db => db.WorkerAlerts.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, alerts.Count);
        Assert.Equal((Decliner, "critical_health", TestClock.Now.UtcDateTime, TestClock.Now.UtcDateTime.AddHours(2), (DateTime?)null),
            (alerts[0].Subject, alerts[0].Condition, alerts[0].RaisedAt, alerts[0].LastSeenAt, alerts[0].ClearedAt));
        Assert.Equal((Mid, (DateTime?)TestClock.Now.UtcDateTime.AddHours(2)), (alerts[1].Subject, alerts[1].ClearedAt));

        var timeline = await WithDb(db => db.ClientEvents.AsNoTracking().Where(e => e.Category == "worker_alert").OrderBy(e => e.ClientId).ToListAsync());
        Assert.Equal([Decliner, Mid], timeline.Select(e => e.ClientId));
        Assert.Equal(TimelineEventKind.WorkerAlertRaised, ClientTimeline.KindOf(timeline[0]));
        Assert.Equal("Alert from churn_risk_monitor: critical_health", timeline[0].Title);
        Assert.Equal(3, await WithDb(db => db.WorkerRuns.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Usage_drop_compares_average_active_users_with_the_window_before(string provider)
    {
        await SeedAsync(provider);

        var weekly = await RunNow(WorkerName.UsageDropAlerts);
        Assert.Empty(weekly.Scan!.Findings);
        Assert.Equal("Usage check: 0 of 3 live clients with usage in both windows dropped 30 % or more.", weekly.Scan.Summary);
        Assert.Equal(["3 compared clients have only monthly usage periods: both 7-day windows mostly read the same period, so a drop shows only "
            + "across a period boundary; set check_window_days to 28 or more for them."], weekly.Scan.Notes);

        await Configure(WorkerName.UsageDropAlerts, true, """{"check_window_days": 30}""");
        var monthly = await RunNow(WorkerName.UsageDropAlerts);
        var drop = Assert.Single(monthly.Scan!.Findings);
        Assert.Equal((Decliner, "usage_drop", 40m, 20m, 50m), (drop.Subject, drop.Condition, drop.Figures["previous_average_active_users"], drop.Figures["average_active_users"], drop.Figures["drop_percent"]));
        Assert.Equal("Average active users fell 50 % (40 -> 20) in the 30 days to 2026-06-15 against the 30 days before.", drop.Message);
        Assert.Empty(monthly.Scan.Notes);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Onboarding_progress_reports_that_no_plans_are_stored(string provider)
    {
        await SeedAsync(provider);

        var report = await RunNow(WorkerName.OnboardingProgress);

        Assert.Empty(report.Scan!.Findings);
        Assert.Contains(OnboardingProgress.NoPlans, report.Scan.Summary, StringComparison.Ordinal);
        Assert.Equal((WorkerRunStatus.Succeeded, 0, WorkerRunner.NoNewAlerts), (report.Run.Status, report.Run.FindingsCount, report.Notification));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Nps_csat_monitor_uses_each_clients_latest_answers(string provider)
    {
        await SeedAsync(provider);
        await WithDb(async db =>
        {
            db.SurveyResponses.Add(new SurveyResponse { ResponseId = "CSAT-1", ClientId = Mid, SurveyType = SurveyType.Csat, SurveyId = "ticket_csat", Score = 2, RespondedAt = At(6, 10) });
            db.SurveyResponses.Add(new SurveyResponse { ResponseId = "CSAT-2", ClientId = Steady, SurveyType = SurveyType.Csat, SurveyId = "ticket_csat", Score = 4, RespondedAt = At(6, 10) });
            return await db.SaveChangesAsync();
        });
        await Configure(WorkerName.NpsCsatMonitor, true);

        var report = await RunNow(WorkerName.NpsCsatMonitor);

        Assert.Equal([(Mid, "low_csat", AlertSeverity.High), (Decliner, "nps_detractor", AlertSeverity.High)], report.Scan!.Findings.Select(Key));
        Assert.Equal("Latest answer NPS 4 (detractor) on 2026-06-02 (NPS-2) is at or below 6.", report.Scan.Findings[1].Message);
        Assert.Equal("Satisfaction check: 1 detractors of 2 clients with NPS, 1 low CSAT of 2 clients with CSAT; NPS over the latest answers 0.", report.Scan.Summary);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sla_tracker_finds_clocks_due_within_two_hours_or_breached(string provider)
    {
        await SeedAsync(provider);
        var now = TestClock.Now.UtcDateTime;
        await WithDb(async db =>
        {
            db.SupportTickets.RemoveRange(db.SupportTickets);
            db.SupportTickets.AddRange(
                Ticket("TKT-10", now.AddMinutes(-30), null, TicketStatus.Open),
                Ticket("TKT-11", now.AddHours(-7), now.AddHours(-6), TicketStatus.InProgress),
                Ticket("TKT-12", now.AddHours(-9), now.AddHours(-8), TicketStatus.Open),
                Ticket("TKT-13", now.AddHours(-9), null, TicketStatus.Resolved),
                Ticket("TKT-14", now.AddMinutes(-10), now.AddMinutes(-5), TicketStatus.Open));
            return await db.SaveChangesAsync();
        });

        var report = await RunNow(WorkerName.SupportSlaTracker);

        Assert.Equal(
            [
                ("TKT-12", "resolution_sla_breached", AlertSeverity.Critical),
                ("TKT-10", "first_response_sla_at_risk", AlertSeverity.High),
                ("TKT-11", "resolution_sla_at_risk", AlertSeverity.High),
            ],
            report.Scan!.Findings.Select(Key));
        Assert.Equal([-1m, 0.5m, 1m], report.Scan.Findings.Select(f => f.Figures["hours_until_breach"]));
        Assert.Equal("TKT-10 (P1) breaches its first response SLA at 2026-06-15 12:30 UTC, in 0.5 h.", report.Scan.Findings[1].Message);
        Assert.Equal("SLA check: 1 breached, 2 due within 2 h, over 4 open tickets.", report.Scan.Summary);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Upsell_detector_needs_activation_of_80_percent_and_health_75(string provider)
    {
        await SeedAsync(provider);
        await Configure(WorkerName.UpsellDetector, true);

        var report = await RunNow(WorkerName.UpsellDetector);

        var finding = Assert.Single(report.Scan!.Findings);
        Assert.Equal((Steady, "expansion_ready", 0.8m, 79m), (finding.Subject, finding.Condition, finding.Figures["activation_rate"], finding.Figures["health_score"]));
        Assert.Equal("80 % of 50 seats active with health 79: ready for an expansion conversation.", finding.Message);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Retention_analyzer_checks_cohorts_by_contract_start_quarter(string provider)
    {
        await SeedAsync(provider);
        await Configure(WorkerName.RetentionAnalyzer, true);

        var defaults = await RunNow(WorkerName.RetentionAnalyzer);
        Assert.Empty(defaults.Scan!.Findings);
        Assert.Equal(["3 cohorts have fewer than 10 clients and were not checked."], defaults.Scan.Notes);

        await Configure(WorkerName.RetentionAnalyzer, true, """{"cohort_size_min": 1}""");
        var all = await RunNow(WorkerName.RetentionAnalyzer);
        var finding = Assert.Single(all.Scan!.Findings);
        Assert.Equal(("cohort:2025-Q1", (string?)null, 1m, 0m, 0m), (finding.Subject, finding.ClientId, finding.Figures["cohort_size"], finding.Figures["retained"], finding.Figures["retention_rate"]));
        Assert.Equal("Retention check: 1 of 3 cohorts with at least 1 clients retain less than 85 %.", all.Scan.Summary);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task New_alerts_go_to_every_channel_and_a_failing_channel_is_named(string provider)
    {
        await SeedAsync(provider);
        var told = new RecordingChannel("slack");
        var ports = (Microsoft.Extensions.DependencyInjection.IServiceCollection s) =>
        {
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IAlertChannel>(s, told);
            Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IAlertChannel>(s, new RecordingChannel("email", fail: true));
        };

        var first = await RunNow(WorkerName.ChurnRiskMonitor, ports);
        var again = await RunNow(WorkerName.ChurnRiskMonitor, ports);

        Assert.Equal("notified: slack; email failed (HttpRequestException)", first.Notification);
        Assert.Equal(["slack"], first.Run.NotifiedChannels);
        Assert.Equal([(WorkerName.ChurnRiskMonitor, Decliner)], told.Sent);
        Assert.Equal(WorkerRunner.NoNewAlerts, again.Notification);
        var stored = await WithDb(db => db.WorkerRuns.AsNoTracking().OrderBy(r => r.Id).Select(r => r.NotifiedChannels).ToListAsync());
        Assert.Equal([["slack"], []], stored);
    }

    private sealed class RecordingChannel(string name, bool fail = false) : IAlertChannel
    {
        public List<(WorkerName, string)> Sent { get; } = [];

        public string Name => name;

        public Task SendAsync(WorkerName worker, IReadOnlyList<WorkerFinding> newAlerts, CancellationToken cancellationToken)
        {
            if (fail)
                throw new HttpRequestException("The mail relay answered 503.");
            Sent.AddRange(newAlerts.Select(a => (worker, a.Subject)));
            return Task.CompletedTask;
        }
    }

    private static SupportTicket Ticket(string id, DateTime created, DateTime? firstResponse, TicketStatus status) => new()
    {
        TicketId = id, ClientId = Mid, Subject = "Subject", Description = "Description", Priority = TicketPriority.P1, Status = status,
        RequesterEmail = "user@client.test", RequesterName = "User", CreatedAt = created, UpdatedAt = created, FirstResponseAt = firstResponse,
        ResolvedAt = status == TicketStatus.Resolved ? created.AddHours(1) : null,
        SlaFirstResponseMinutes = 60, SlaResolutionMinutes = 480,
    };
}
