using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Feedback.CollectFeedback;
using CsMcp.Application.Tests.Features.Core;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Feedback;
using CsMcp.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Tests.Features.Feedback;

public sealed class CollectFeedbackTests : CoreToolTestBase
{
    private static readonly DateTime Now = TestClock.Now.UtcDateTime;
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    private Task<CollectFeedbackResult> Call(CollectFeedback command) =>
        WithDb(async db => await Create<CollectFeedbackHandler>(db).Handle(command, default));

    internal static CollectFeedback Sample(string clientId, string title = "Sync is broken", string content = "The sync is broken and slow; a real problem.") => new()
    {
        ClientId = clientId,
        FeedbackType = "bug_report",
        Source = "email",
        SubmitterEmail = "Pat.Lee@Acme.example",
        SubmitterName = "Pat Lee",
        Title = title,
        Content = content,
        Category = "product",
        Priority = "high",
    };

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Stores_the_feedback_with_sentiment_routing_and_a_timeline_entry(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;

        var result = await Call(Sample(id) with { Tags = ["sync", "sync", " api "] });

        Assert.Equal($"FB-{TestClock.Now.ToUnixTimeMilliseconds()}", result.FeedbackId);
        Assert.False(result.Replayed);
        // broken, slow, problem: 3 negative, 0 positive -> very_negative -0.8; "slow" -> performance theme.
        Assert.Equal((SentimentLabel.VeryNegative, -0.8m, 0.75m, 0, 3), (result.SentimentAnalysis.Sentiment, result.SentimentAnalysis.SentimentScore,
            result.SentimentAnalysis.Confidence, result.SentimentAnalysis.PositiveWords, result.SentimentAnalysis.NegativeWords));
        Assert.Equal(["performance"], result.SentimentAnalysis.KeyThemes);
        Assert.Equal("neutral", result.SentimentAnalysis.EmotionDetected);
        Assert.Equal(new FeedbackRouting("product-team@company.com", FeedbackPriority.High, true, Today.AddDays(3), true, FeedbackRules.RoutingRule), result.Routing);
        Assert.Equal(["sync", "api"], result.FeedbackRecord.Tags);
        Assert.Equal("pat.lee@acme.example", result.FeedbackRecord.SubmitterEmail);
        Assert.Contains("Open a bug ticket with engineering", result.ActionItems);

        var (stored, entry) = await WithDb(async db => (await db.FeedbackItems.SingleAsync(), await db.ClientEvents.OrderBy(e => e.Id).LastAsync()));
        Assert.Equal((id, FeedbackStatus.Open, Now, Today.AddDays(3), false), (stored.ClientId, stored.Status, stored.SubmittedAt, stored.FollowUpDue, stored.ClosedLoop));
        Assert.Equal(("feedback_collected", TimelineEventType.Communication, EventImpact.Negative, EventSeverity.High),
            (entry.Category, entry.EventType, entry.Impact, entry.Severity));
        Assert.Equal(result.FeedbackId, entry.Metadata["feedback_id"]);
        Assert.Equal("very_negative", entry.Metadata["sentiment"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Positive_low_priority_feedback_needs_no_follow_up_and_billing_goes_to_finance(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;

        var result = await Call(Sample(id, "Great help", "Excellent and easy invoices, we love it.") with { FeedbackType = "general", Category = "Billing", Priority = "low" });

        Assert.Equal((SentimentLabel.VeryPositive, 0.8m), (result.SentimentAnalysis.Sentiment, result.SentimentAnalysis.SentimentScore));
        Assert.Equal(["customer_support"], result.SentimentAnalysis.KeyThemes);
        Assert.Equal(new FeedbackRouting("finance-team@company.com", FeedbackPriority.Low, false, null, false, FeedbackRules.RoutingRule), result.Routing);
        Assert.Equal(["Share the praise with the team", "Consider the submitter as a reference candidate"], result.ActionItems);
        var entry = await WithDb(db => db.ClientEvents.OrderBy(e => e.Id).LastAsync());
        Assert.Equal((EventImpact.Positive, EventSeverity.Low), (entry.Impact, entry.Severity));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_repeated_idempotency_key_returns_the_first_result_and_stores_nothing(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;
        var first = await Call(Sample(id) with { IdempotencyKey = "fb-1" });
        Clock.Advance(TimeSpan.FromMinutes(5));

        var second = await Call(Sample(id) with { IdempotencyKey = "fb-1" });

        Assert.True(second.Replayed);
        Assert.Equal(first.FeedbackId, second.FeedbackId);
        Assert.Equal(1, await WithDb(db => db.FeedbackItems.CountAsync()));
        Assert.Equal(1, await WithDb(db => db.ClientEvents.CountAsync(e => e.Category == "feedback_collected")));
        var other = (await Register("Other Inc")).ClientId;
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Call(Sample(other) with { IdempotencyKey = "fb-1" }));
        Assert.Contains("already used for " + first.FeedbackId, conflict.Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_client_is_not_found_and_nothing_is_stored(string provider)
    {
        await UseAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => Call(Sample("cs_missing")));

        Assert.Equal(0, await WithDb(db => db.FeedbackItems.CountAsync()));
    }

    [Fact]
    public void Validator_names_each_bad_argument_and_rule()
    {
        var errors = ArgumentErrors.From(new CollectFeedbackValidator().Validate(new CollectFeedback
        {
            ClientId = "bad id", FeedbackType = "praise", Source = " ", SubmitterEmail = "nope", SubmitterName = "", Title = new string('t', 201),
            Content = " ", Category = " ", Priority = "urgent", Tags = [" "], IdempotencyKey = new string('k', 101),
        }).Errors);

        Assert.Equal("'feedback_type' must be one of: nps, csat, ces, feature_request, bug_report, product_feedback, service_feedback, general (case-insensitive); got 'praise'.", Assert.Single(errors["feedback_type"]));
        Assert.Equal("'category' is required and must not be blank.", Assert.Single(errors["category"]));
        Assert.Equal("'priority' must be one of: critical, high, medium, low (case-insensitive); got 'urgent'.", Assert.Single(errors["priority"]));
        Assert.Equal("'source' is required and must not be blank.", Assert.Single(errors["source"]));
        Assert.Equal("'submitter_email' must be a valid e-mail address like name@company.com (at most 254 characters); got 'nope'.", Assert.Single(errors["submitter_email"]));
        Assert.Equal("'submitter_name' is required and must not be blank.", Assert.Single(errors["submitter_name"]));
        Assert.Equal("'title' must be at most 200 characters.", Assert.Single(errors["title"]));
        Assert.Equal("'content' is required and must not be blank.", Assert.Single(errors["content"]));
        Assert.Equal("each of 'tags' must be 1-50 characters; got ' '.", Assert.Single(errors.Single(e => e.Key.StartsWith("tags", StringComparison.Ordinal)).Value));
        Assert.Equal("'idempotency_key' must be at most 100 characters.", Assert.Single(errors["idempotency_key"]));
        Assert.StartsWith("'client_id' ", Assert.Single(errors["client_id"]), StringComparison.Ordinal);
    }
}
