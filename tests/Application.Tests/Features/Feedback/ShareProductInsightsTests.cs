using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.ShareProductInsights;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Feedback;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using static CsMcp.Application.Tests.Features.Feedback.FeedbackData;

namespace CsMcp.Application.Tests.Features.Feedback;

public sealed class ShareProductInsightsTests : CoreToolTestBase
{
    private readonly IEmailSender _email = Substitute.For<IEmailSender>();

    private Task<ShareProductInsightsResult> Call(ShareProductInsights command) =>
        WithDb(async db => await new ShareProductInsightsHandler(db, Clock, _email).Handle(command, default));

    private void EmailNotConfigured() => _email.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>())
        .ThrowsAsync(new IntegrationNotConfiguredException("sendgrid", "e-mail", ["SENDGRID_API_KEY"]));

    internal static ShareProductInsights Sample(IReadOnlyList<string> ids, IReadOnlyList<string> clients) => new()
    {
        InsightType = "bug_report",
        Title = "Exports fail for large accounts",
        Description = "Exports over 10k rows time out.",
        SupportingFeedbackIds = ids,
        Priority = "high",
        AffectedCustomers = clients,
        CustomerImpact = "Month-end close blocked",
        BusinessImpact = "Renewals at risk",
        RecommendedAction = "Stream exports",
    };

    private async Task<(string A, string B)> Seed()
    {
        var a = (await Register("Acme Corp")).ClientId;
        var b = (await Register("Beta Inc")).ClientId;
        await WithDb(db =>
        {
            db.FeedbackItems.AddRange(
                Item(a, SentimentLabel.Negative, At(6, 1), id: "FB-1"),
                Item(a, SentimentLabel.VeryNegative, At(6, 2), id: "FB-2"),
                Item(b, SentimentLabel.Neutral, At(6, 3), id: "FB-3"));
            return db.SaveChangesAsync();
        });
        return (a, b);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Without_email_the_insight_is_stored_scored_not_sent_and_on_each_clients_timeline(string provider)
    {
        await UseAsync(provider);
        var (a, b) = await Seed();
        EmailNotConfigured();

        var result = await Call(Sample(["FB-1", "FB-2", "FB-3"], [a, b]));

        // min(2 / 2.5, 4) 0.8 + high 2 + min(3 / 5, 2) 0.6 + (mean -0.4333 < -0.3) 1 = 4.4.
        Assert.Equal(new InsightImpact(2, 3, 4.4m, "negative", -0.4333m, 0m, 0.6667m, InsightUrgency.High, "Small to Medium"), result.ImpactSummary);
        Assert.Equal(("email", "not sent: email not configured", (DateTime?)null, false), (result.DeliverySummary.DeliveryMethod,
            result.DeliverySummary.DeliveryStatus, result.DeliverySummary.DeliveredAt, result.DeliverySummary.ExecutiveEscalation));
        Assert.Equal(["product-team@company.com", "product-director@company.com", "engineering-team@company.com"], result.DeliverySummary.Recipients);
        Assert.Equal($"PI-{TestClock.Now.ToUnixTimeMilliseconds()}", result.InsightId);
        Assert.Equal(["FB-1", "FB-2", "FB-3"], result.CustomerQuotes.Select(q => q.FeedbackId));
        Assert.Equal(new InsightTracking(new(2026, 6, 17), new(2026, 6, 29)), result.Tracking);

        var (stored, entries) = await WithDb(async db => (await db.ProductInsights.SingleAsync(),
            await db.ClientEvents.Where(e => e.Category == "product_insight_shared").OrderBy(e => e.ClientId).ToListAsync()));
        Assert.Equal(("not sent: email not configured", 4.4m, InsightUrgency.High), (stored.DeliveryStatus, stored.BusinessValueScore, stored.Urgency));
        Assert.Equal([a, b], entries.Select(e => e.ClientId).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.Equal((TimelineEventType.Product, "FB-1,FB-2,FB-3"), (e.EventType, e.Metadata["feedback_ids"])));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task With_email_it_is_sent_once_and_a_repeated_key_returns_the_first_result(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();
        _email.SendAsync(Arg.Any<EmailMessage>(), Arg.Any<CancellationToken>()).Returns(new EmailSendReceipt("m1", 3, TestClock.Now.UtcDateTime));

        var first = await Call(Sample(["FB-1"], [a]) with { Priority = "critical", IdempotencyKey = "pi-1" });
        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Call(Sample(["FB-1"], [a]) with { Priority = "critical", IdempotencyKey = "pi-1" });

        Assert.Equal(("sent", TestClock.Now.UtcDateTime), (first.DeliverySummary.DeliveryStatus, first.DeliverySummary.DeliveredAt));
        // 0.4 + critical 3 + 0.2 + (-0.5 < -0.3) 1 = 4.6; critical -> urgent and executive escalation.
        Assert.Equal((4.6m, InsightUrgency.Urgent, true), (first.ImpactSummary.BusinessValueScore, first.ImpactSummary.UrgencyLevel, first.DeliverySummary.ExecutiveEscalation));
        Assert.True(second.Replayed);
        Assert.Equal(first.InsightId, second.InsightId);
        await _email.Received(1).SendAsync(Arg.Is<EmailMessage>(m => m.To.Count == 4 && m.Subject.StartsWith("[urgent] Product insight PI-", StringComparison.Ordinal)), Arg.Any<CancellationToken>());
        Assert.Equal(1, await WithDb(db => db.ProductInsights.CountAsync()));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_feedback_ids_and_clients_are_validation_errors_naming_them(string provider)
    {
        await UseAsync(provider);
        var (a, _) = await Seed();
        EmailNotConfigured();

        var ids = await Assert.ThrowsAsync<ValidationException>(() => Call(Sample(["FB-1", "FB-404", "FB-405"], [a])));
        var clients = await Assert.ThrowsAsync<ValidationException>(() => Call(Sample(["FB-1"], [a, "cs_missing"])));

        Assert.Equal("'supporting_feedback_ids' has ids with no stored feedback: FB-404, FB-405. Store them with collect_feedback first, or leave them out.",
            Assert.Single(ids.Errors["supporting_feedback_ids"]));
        Assert.Equal("'affected_customers' has unknown client ids: cs_missing. Check them with list_clients.", Assert.Single(clients.Errors["affected_customers"]));
        Assert.Equal(0, await WithDb(db => db.ProductInsights.CountAsync()));
        await _email.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
    }

    [Fact]
    public void Validator_names_each_bad_argument_and_rule()
    {
        var errors = ArgumentErrors.From(new ShareProductInsightsValidator(TestClock.Create()).Validate(Sample(["X-1"], ["bad id"]) with
        {
            InsightType = "idea", Priority = "urgent", Title = " ", TargetRecipients = ["nope"], DueDate = new(2026, 6, 14),
        }).Errors);

        Assert.Equal("'insight_type' must be one of: feature_request, bug_report, usability_feedback, performance_feedback, integration_request, general_product (case-insensitive); got 'idea'.",
            Assert.Single(errors["insight_type"]));
        Assert.Equal("'priority' must be one of: critical, high, medium, low (case-insensitive); got 'urgent'.", Assert.Single(errors["priority"]));
        Assert.Equal("'title' is required and must not be blank.", Assert.Single(errors["title"]));
        Assert.Equal("each of 'supporting_feedback_ids' must be a feedback id starting with FB-; got 'X-1'.", Assert.Single(errors.Single(e => e.Key.StartsWith("supporting_feedback_ids", StringComparison.Ordinal)).Value));
        Assert.Equal("each of 'affected_customers' must be a valid client id like cs_1764201600000_acme_corp; got 'bad id'.", Assert.Single(errors.Single(e => e.Key.StartsWith("affected_customers", StringComparison.Ordinal)).Value));
        Assert.Equal("each of 'target_recipients' must be an e-mail address like name@company.com; got 'nope'.", Assert.Single(errors.Single(e => e.Key.StartsWith("target_recipients", StringComparison.Ordinal)).Value));
        Assert.Equal("'due_date' must not be in the past (today is 2026-06-15); got 2026-06-14.", Assert.Single(errors["due_date"]));
        var empty = ArgumentErrors.From(new ShareProductInsightsValidator(TestClock.Create()).Validate(Sample([], [])).Errors);
        Assert.Equal("'supporting_feedback_ids' needs 1-100 stored feedback ids (FB-...).", Assert.Single(empty["supporting_feedback_ids"]));
    }
}
