using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Feedback;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace CsMcp.Application.Tests.Features.Feedback;

public sealed class ManageVoiceOfCustomerTests : CoreToolTestBase
{
    private readonly IEmailSender _email = Substitute.For<IEmailSender>();

    private Task<ManageVoiceOfCustomerResult> Call(ManageVoiceOfCustomer command) =>
        WithDb(async db => await new ManageVoiceOfCustomerHandler(db, Clock, _email).Handle(command, default));

    private static ManageVoiceOfCustomer Act(string action) => new() { Action = action };

    private void EmailNotConfigured() => _email.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
        .ThrowsAsync(new IntegrationNotConfiguredException("sendgrid", "e-mail", ["SENDGRID_API_KEY"]));

    private void EmailWorks() => _email.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
        .Returns(new EmailSendReceipt("m1", 1, TestClock.Now.UtcDateTime));

    private async Task<(string A, string B)> Seed()
    {
        var a = (await Register("Acme Corp")).ClientId;
        var b = (await Register("Beta Inc")).ClientId;
        await Register("Gamma LLC");
        await WithDb(async db =>
        {
            await VocData.SeedAsync(db, a, b);
            return 0;
        });
        return (a, b);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_report_is_built_from_stored_data_stored_and_not_sent_without_email(string provider)
    {
        await UseAsync(provider);
        var (a, b) = await Seed();
        EmailNotConfigured();

        var result = await Call(Act("create_voc_report"));

        var report = result.Report!;
        Assert.Equal(("VOC-20260615-120000", false, VocReportType.Monthly, VocAudience.All), (report.ReportId, report.Replayed, report.ReportType, report.TargetAudience));
        Assert.Equal(new VocPeriod(new(2026, 5, 16), new(2026, 6, 15), 31), result.Period);
        // (1 - 0.5 + 0.5 - 1 + 0.5) / 5 = 0.1 against (0.5 + 0) / 2 = 0.25: -60 %, declining, fair.
        Assert.Equal(new VocSentiment(5, 0.1m, SentimentLabel.Neutral, 1, 2, 0, 1, 1, 0.25m, -60m, SentimentTrend.Declining, "fair", 60), report.Sections.Sentiment);
        Assert.Equal((33, 3, 2, 1), (report.Sections.Nps!.Nps!.Score, report.Sections.Nps.Nps.Responses, report.Sections.Nps.Nps.Promoters, report.Sections.Nps.Nps.Detractors));
        Assert.Equal((4.5m, 2), (report.Sections.Nps.Csat!.Average, report.Sections.Nps.Csat.Responses));
        var insights = report.Sections.ProductInsights!;
        Assert.Equal(2, insights.Created);
        Assert.Equal(new Dictionary<string, int> { ["bug_report"] = 1, ["performance_feedback"] = 1 }, insights.ByType);
        Assert.Equal((1, 1, 0), (insights.ByRoadmapStatus["planned"], insights.ByRoadmapStatus["not_on_roadmap"], insights.ByRoadmapStatus["shipped"]));
        Assert.Equal(["PI-1", "PI-3"], insights.Top.Select(i => i.InsightId));
        Assert.Equal(["FB-V1", "FB-V3", "FB-V4", "FB-V2"], report.Sections.CustomerQuotes!.Select(q => q.FeedbackId));
        Assert.Equal((a, "Content"), (report.Sections.CustomerQuotes![0].ClientId, report.Sections.CustomerQuotes[0].Excerpt));
        Assert.Equal(("text", "email", "not sent: email not configured"), (report.Delivery.Format, report.Delivery.Method, report.Delivery.DeliveryStatus));
        Assert.Equal(["all-hands@company.com"], report.Delivery.Recipients);

        var stored = await WithDb(db => db.VocReports.SingleAsync());
        Assert.Equal(("VOC-20260615-120000", new DateOnly(2026, 5, 16), new DateOnly(2026, 6, 15), "not sent: email not configured", (string?)null),
            (stored.ReportId, stored.PeriodStart, stored.PeriodEnd, stored.DeliveryStatus, stored.ClientId));
        Assert.Contains("\"overall_score\":0.1", stored.SectionsJson, StringComparison.Ordinal);
        Assert.NotNull(b);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_report_for_one_client_without_sections_is_sent_once_and_a_repeated_key_returns_it(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();
        EmailWorks();
        var command = Act("create_voc_report") with
        {
            ClientId = a, ReportType = "weekly", TargetAudience = "executive", IncludeNps = false, IncludeProductInsights = false, IncludeCustomerQuotes = false,
            IdempotencyKey = "voc-1",
        };

        var first = await Call(command);
        Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await Call(command);

        Assert.Equal(new VocPeriod(new(2026, 6, 8), new(2026, 6, 15), 8), first.Period);
        // A, 06-08..06-15: negative and positive -> 0; previous 05-31..06-07: very_positive -> 1.
        Assert.Equal((2, 0m, 1m, SentimentTrend.Declining), (first.Report!.Sections.Sentiment!.TotalFeedbackItems, first.Report.Sections.Sentiment.OverallScore,
            first.Report.Sections.Sentiment.PreviousScore, first.Report.Sections.Sentiment.Trend));
        Assert.Equal((null, null, null), (first.Report.Sections.Nps, first.Report.Sections.ProductInsights, first.Report.Sections.CustomerQuotes));
        Assert.Equal(("sent", 3), (first.Report.Delivery.DeliveryStatus, first.Report.Delivery.Recipients.Count));
        Assert.True(second.Report!.Replayed);
        Assert.Equal((first.Report.ReportId, first.Report.Sections.Sentiment, first.Period), (second.Report.ReportId, second.Report.Sections.Sentiment, second.Period));
        await _email.Received(1).SendAsync(Arg.Is<EmailMessage>(m => m.To.Count == 3 && m.Subject.StartsWith("Voice of customer weekly report VOC-", StringComparison.Ordinal)),
            Arg.Any<CancellationToken>());
        Assert.Equal(1, await WithDb(db => db.VocReports.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_feedback_loop_is_tracked_by_owner_and_priority(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var loop = (await Call(Act("track_feedback_loop"))).FeedbackLoop!;

        Assert.Equal((5, 3, 2, 0.6m, 1, 4.3m), (loop.TotalItems, loop.ClosedLoops, loop.OpenLoops, loop.ClosureRate, loop.FollowUpsOverdue, loop.AverageDaysToClose));
        Assert.Equal([new("cs-team@company.com", 3, 2, 1, 0, 0.6667m), new("cs-leadership@company.com", 1, 1, 0, 0, 1m), new LoopGroup("product-team@company.com", 1, 0, 1, 1, 0m)],
            loop.ByOwner);
        Assert.Equal([new("critical", 1, 1, 0, 0, 1m), new("high", 1, 0, 1, 1, 0m), new("medium", 2, 2, 0, 0, 1m), new LoopGroup("low", 1, 0, 1, 0, 0m)], loop.ByPriority);
        Assert.Equal([("FB-V2", 5, true), ("FB-V3", 1, false)], loop.OldestOpen.Select(o => (o.FeedbackId, o.AgeDays, o.Overdue)));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Program_effectiveness_comes_from_real_rates_and_says_what_is_missing(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var result = await Call(Act("measure_program_effectiveness"));

        var e = result.ProgramEffectiveness!;
        Assert.Equal((3, 2, 0.6667m), (e.ScopedClients, e.ClientsWithFeedback, e.CollectionRate));
        Assert.Equal((5, (decimal?)null, 13m), (e.SurveyAnswers, e.SurveyResponseRate, e.AverageHoursToRespond));
        Assert.Equal((0.6m, 3, 1, 0.3333m), (e.LoopClosureRate, e.FollowUpsDue, e.FollowUpsOnTime, e.FollowUpOnTimeRate));
        Assert.Equal((2, 0.4m), (e.FeedbackInInsights, e.InsightConversionRate));
        Assert.Equal(new RoadmapOutcomes(3, 1, 0, 1, 0, 1, 0, 0.5m), e.RoadmapOutcomes);
        Assert.Contains(result.Notes, n => n.StartsWith("survey_response_rate is missing", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_executive_summary_compares_with_the_previous_period_for_the_audience(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var all = (await Call(Act("generate_executive_summary"))).ExecutiveSummary!;
        var product = (await Call(Act("generate_executive_summary") with { TargetAudience = "product" })).ExecutiveSummary!;

        Assert.Equal(new VocPeriod(new(2026, 4, 15), new(2026, 5, 15), 31), all.PreviousPeriod);
        Assert.Equal(
        [
            new("feedback_items", 5m, 2m, 3m, "up"),
            new("sentiment_score", 0.1m, 0.25m, -0.15m, "down"),
            new("nps", 33m, -100m, 133m, "up"),
            new("csat", 4.5m, null, null, "unknown"),
            new("loop_closure_rate", 0.6m, 0.5m, 0.1m, "up"),
            new("follow_ups_overdue", 1m, 1m, 0m, "flat"),
            new("insights_created", 2m, 1m, 1m, "up"),
            new Headline("roadmap_shipped", 1m, 0m, 1m, "up"),
        ], all.Headlines);
        Assert.Equal(["feedback_items", "sentiment_score", "insights_created", "roadmap_shipped"], product.Headlines.Select(h => h.Metric));
        Assert.Equal(0, await WithDb(db => db.VocReports.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Closing_loops_closes_open_items_once_records_the_notification_and_writes_the_timeline(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();
        EmailNotConfigured();

        var result = await Call(Act("close_feedback_loop") with { FeedbackIds = ["FB-V3", "FB-V1"], ClosureNotes = "Fixed in 2.4" });

        Assert.Equal(
        [
            new ClosedLoopItem("FB-V3", a, "closed", TestClock.Now.UtcDateTime, "Fixed in 2.4", "not notified: email not configured"),
            new ClosedLoopItem("FB-V1", a, "already_closed", FeedbackData.At(6, 3), "Answered", "not notified: already closed"),
        ], result.Closure!.Items);
        var (item, entries) = await WithDb(async db => (await db.FeedbackItems.SingleAsync(f => f.FeedbackId == "FB-V3"),
            await db.ClientEvents.Where(e => e.Category == "feedback_closed").ToListAsync()));
        Assert.Equal((FeedbackStatus.Closed, true, TestClock.Now.UtcDateTime, "Fixed in 2.4"), (item.Status, item.ClosedLoop, item.ClosedAt, item.ClosureNotes));
        var entry = Assert.Single(entries);
        Assert.Equal((a, "FB-V3", "false"), (entry.ClientId, entry.Metadata["feedback_id"], entry.Metadata["submitter_notified"]));

        EmailWorks();
        var again = await Call(Act("close_feedback_loop") with { FeedbackIds = ["FB-V2"] });
        Assert.Equal("sent", Assert.Single(again.Closure!.Items).Notification);
        await _email.Received(1).SendAsync(Arg.Is<EmailMessage>(m => m.To[0].Email == "pat.lee@acme.example" && m.CustomArgs["feedback_id"] == "FB-V2"), Arg.Any<CancellationToken>());
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Closing_without_ids_lists_the_open_loops_and_an_unknown_id_changes_nothing(string provider)
    {
        await UseAsync(provider);
        await Seed();

        var listed = await Call(Act("close_feedback_loop"));
        var error = await Assert.ThrowsAsync<ValidationException>(() => Call(Act("close_feedback_loop") with { FeedbackIds = ["FB-V3", "FB-404"] }));

        Assert.Equal((0, 4), (listed.Closure!.Closed, listed.Closure.OpenTotal));
        Assert.Equal(["FB-V8", "FB-V7", "FB-V2", "FB-V3"], listed.Closure.OpenLoops.Select(o => o.FeedbackId));
        Assert.StartsWith("Nothing closed: give feedback_ids", listed.Message, StringComparison.Ordinal);
        Assert.Equal("'feedback_ids' has ids with no stored feedback: FB-404. Call close_feedback_loop without feedback_ids to list the open loops.",
            Assert.Single(error.Errors["feedback_ids"]));
        var status = await WithDb(async db => (await db.FeedbackItems.SingleAsync(f => f.FeedbackId == "FB-V3")).Status);
        var closures = await WithDb(db => db.ClientEvents.CountAsync(e => e.Category == "feedback_closed"));
        Assert.Equal((FeedbackStatus.Open, 0), (status, closures));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_roadmap_status_is_stored_once_on_each_affected_clients_timeline(string provider)
    {
        await UseAsync(provider);
        var (a, b) = await Seed();

        var listed = await Call(Act("update_customer_roadmap"));
        var changed = await Call(Act("update_customer_roadmap") with { InsightId = "PI-1", RoadmapStatus = "shipped" });
        var unchanged = await Call(Act("update_customer_roadmap") with { InsightId = "PI-1", RoadmapStatus = "shipped" });
        var unknown = await Assert.ThrowsAsync<ValidationException>(() => Call(Act("update_customer_roadmap") with { InsightId = "PI-404", RoadmapStatus = "planned" }));

        Assert.Equal((3, 1, 1, 1), (listed.Roadmap!.Total, listed.Roadmap.ByStatus["planned"], listed.Roadmap.ByStatus["shipped"], listed.Roadmap.ByStatus["not_on_roadmap"]));
        Assert.Equal(["PI-3", "PI-1", "PI-2"], listed.Roadmap.Insights.Select(i => i.InsightId));
        Assert.Equal(("PI-1", RoadmapStatus.Planned, RoadmapStatus.Shipped, true), (changed.Roadmap!.Change!.InsightId, changed.Roadmap.Change.PreviousStatus,
            changed.Roadmap.Change.RoadmapStatus, changed.Roadmap.Change.Changed));
        Assert.Equal([a, b], changed.Roadmap.Change.TimelineClients);
        Assert.Equal(2, changed.Roadmap.ByStatus["shipped"]);
        Assert.False(unchanged.Roadmap!.Change!.Changed);
        Assert.Equal("'insight_id' PI-404 is not a stored product insight. Call update_customer_roadmap without insight_id to list them.", Assert.Single(unknown.Errors["insight_id"]));
        var (insight, entries) = await WithDb(async db => (await db.ProductInsights.SingleAsync(i => i.InsightId == "PI-1"),
            await db.ClientEvents.Where(e => e.Category == "roadmap_updated").OrderBy(e => e.ClientId).ToListAsync()));
        Assert.Equal((RoadmapStatus.Shipped, TestClock.Now.UtcDateTime), (insight.RoadmapStatus, insight.RoadmapUpdatedAt));
        Assert.Equal([a, b], entries.Select(e => e.ClientId).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal((TimelineEventType.Product, EventImpact.Positive, "planned"), (e.EventType, e.Impact, e.Metadata["previous_roadmap_status"])));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_action_alone_succeeds_on_an_empty_portfolio_and_reports_missing_figures(string provider)
    {
        await UseAsync(provider);
        EmailNotConfigured();

        foreach (var action in Enum.GetValues<VocAction>())
            Assert.Equal(action, (await Call(Act(Domain.Common.EnumCodes<VocAction>.ToCode(action)))).Action);

        var e = (await Call(Act("measure_program_effectiveness"))).ProgramEffectiveness!;
        Assert.Equal((0, (decimal?)null, (decimal?)null, (decimal?)null), (e.ScopedClients, e.CollectionRate, e.LoopClosureRate, e.InsightConversionRate));
        var report = (await Call(Act("create_voc_report"))).Report!;
        Assert.Equal((0, (decimal?)null), (report.Sections.Sentiment!.TotalFeedbackItems, report.Sections.Sentiment.OverallScore));
        Assert.Null(report.Sections.Nps!.Nps);
    }

    [Fact]
    public void Validator_names_each_bad_argument_and_rule()
    {
        var validator = new ManageVoiceOfCustomerValidator(TestClock.Create());
        var errors = ArgumentErrors.From(validator.Validate(new ManageVoiceOfCustomer
        {
            Action = "archive", ReportType = "daily", TargetAudience = "board", RoadmapStatus = "done", FeedbackIds = ["X-1"], InsightId = "X-2",
            PeriodEnd = new(2026, 6, 16), ClientId = "bad id",
        }).Errors);

        Assert.Equal("'action' must be one of: create_voc_report, track_feedback_loop, measure_program_effectiveness, generate_executive_summary, close_feedback_loop, update_customer_roadmap (case-insensitive); got 'archive'.",
            Assert.Single(errors["action"]));
        Assert.Equal("'report_type' must be one of: weekly, monthly, quarterly, annual (case-insensitive); got 'daily'.", Assert.Single(errors["report_type"]));
        Assert.Equal("'target_audience' must be one of: executive, product, cs_team, all (case-insensitive); got 'board'.", Assert.Single(errors["target_audience"]));
        Assert.Equal("'roadmap_status' must be one of: under_review, planned, in_progress, shipped, declined (case-insensitive); got 'done'.", Assert.Single(errors["roadmap_status"]));
        Assert.Equal("each of 'feedback_ids' must be a feedback id starting with FB-; got 'X-1'.", Assert.Single(errors.Single(e => e.Key.StartsWith("feedback_ids", StringComparison.Ordinal)).Value));
        Assert.Equal("'insight_id' must be a product insight id starting with PI-; got 'X-2'.", Assert.Single(errors["insight_id"]));
        Assert.Equal("'period_end' must not be in the future (today is 2026-06-15); got 2026-06-16.", Assert.Single(errors["period_end"]));
        Assert.True(errors.ContainsKey("client_id"));

        var roadmap = ArgumentErrors.From(validator.Validate(new ManageVoiceOfCustomer { Action = "update_customer_roadmap", RoadmapStatus = "planned" }).Errors);
        Assert.Equal("'insight_id' is required with roadmap_status; call update_customer_roadmap without both to list the insights and their ids.", Assert.Single(roadmap["insight_id"]));
        var status = ArgumentErrors.From(validator.Validate(new ManageVoiceOfCustomer { Action = "update_customer_roadmap", InsightId = "PI-1" }).Errors);
        Assert.Equal("'roadmap_status' is required with insight_id: one of under_review, planned, in_progress, shipped, declined.", Assert.Single(status["roadmap_status"]));
        var empty = ArgumentErrors.From(validator.Validate(new ManageVoiceOfCustomer { Action = "close_feedback_loop", FeedbackIds = [] }).Errors);
        Assert.Equal("'feedback_ids' needs 1-100 stored feedback ids (FB-...); omit it to list the open loops.", Assert.Single(empty["feedback_ids"]));
        Assert.True(validator.Validate(new ManageVoiceOfCustomer { Action = "create_voc_report" }).IsValid);
    }
}
