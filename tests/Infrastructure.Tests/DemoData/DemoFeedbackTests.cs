using CsMcp.Domain.Feedback;
using CsMcp.Infrastructure.DemoData;

namespace CsMcp.Infrastructure.Tests.DemoData;

/// <summary>The demo feedback follows each client's story and the rules collect_feedback applies.</summary>
public sealed class DemoFeedbackTests(DefaultPortfolioFixture fixture) : IClassFixture<DefaultPortfolioFixture>
{
    private static readonly DateTime Cutoff = DefaultPortfolioFixture.Cutoff;

    [Fact]
    public void Every_item_follows_the_collect_feedback_rules()
    {
        var items = fixture.Clients.SelectMany(c => c.Feedback.Select(f => (c, f))).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, x =>
        {
            var (client, f) = x;
            Assert.Equal(client.Client.ClientId, f.ClientId);
            Assert.Matches("^FB-[0-9]{6}$", f.FeedbackId);
            var (label, score, _, _) = FeedbackRules.Sentiment(f.Title, f.Content);
            Assert.Equal(label, f.Sentiment);
            Assert.Equal(score, f.SentimentScore);
            Assert.Equal(FeedbackRules.Themes(f.Title, f.Content), f.Themes);
            Assert.Equal(FeedbackRules.Owner(f.FeedbackType, f.Category, f.Priority), f.Owner);
            Assert.Equal(FeedbackRules.FollowUpRequired(f.FeedbackType, f.Priority, f.Sentiment), f.FollowUpRequired);
            Assert.True(f.SubmittedAt < Cutoff);
            Assert.Equal(f.Status == FeedbackStatus.Closed, f.ClosedLoop);
            Assert.Equal(f.ClosedLoop, f.ClosedAt is not null);
            if (f.ClosedAt is { } closedAt)
                Assert.True(closedAt > f.SubmittedAt && closedAt < Cutoff);
        });
        Assert.Equal(items.Count, items.Select(x => x.f.FeedbackId).Distinct().Count());
    }

    [Fact]
    public void Support_heavy_clients_complain_and_thriving_clients_praise()
    {
        static double NegativeShare(IEnumerable<DemoClientData> clients)
        {
            var items = clients.SelectMany(c => c.Feedback).ToList();
            return items.Count(f => FeedbackRules.IsNegative(f.Sentiment)) / (double)items.Count;
        }

        var heavy = NegativeShare(fixture.Story(DemoStory.SupportHeavy));
        var thriving = NegativeShare(fixture.Story(DemoStory.Thriving));
        Assert.True(heavy > 0.5, $"support-heavy negative share {heavy:0.00}");
        Assert.True(thriving < 0.2, $"thriving negative share {thriving:0.00}");
        Assert.Contains(fixture.Story(DemoStory.LatePayer).SelectMany(c => c.Feedback), f => f.Category == "billing");
    }

    [Fact]
    public void Older_feedback_is_mostly_closed_and_recent_feedback_open()
    {
        var items = fixture.Clients.SelectMany(c => c.Feedback).ToList();
        var old = items.Where(f => f.SubmittedAt < Cutoff.AddDays(-31)).ToList();
        Assert.InRange(old.Count(f => f.ClosedLoop) / (double)old.Count, 0.5, 0.8);
        Assert.All(items.Where(f => f.SubmittedAt >= Cutoff.AddDays(-30)), f => Assert.False(f.ClosedLoop));
    }
}
