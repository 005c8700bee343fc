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
    public void Older_feedback_is_mostly_closed_recent_feedback_mostly_open_and_every_closure_is_in_the_past()
    {
        var items = fixture.Clients.SelectMany(c => c.Feedback).ToList();
        var old = items.Where(f => f.SubmittedAt < Cutoff.AddDays(-31)).ToList();
        var recent = items.Where(f => f.SubmittedAt >= Cutoff.AddDays(-30)).ToList();
        Assert.InRange(old.Count(f => f.ClosedLoop) / (double)old.Count, 0.5, 0.8);
        Assert.InRange(recent.Count(f => f.ClosedLoop) / (double)recent.Count, 0.15, 0.45);
        Assert.All(items.Where(f => f.ClosedLoop), f => Assert.True(f.ClosedAt > f.SubmittedAt && f.ClosedAt < Cutoff && f.ClosureNotes is not null, f.FeedbackId));
    }

    [Fact]
    public void Each_feedback_item_and_closure_is_on_the_clients_timeline()
    {
        foreach (var client in fixture.Clients)
        {
            var collected = client.Events.Where(e => e.Category == "feedback_collected").Select(e => e.Metadata["feedback_id"]).ToList();
            var closed = client.Events.Where(e => e.Category == "feedback_closed").Select(e => e.Metadata["feedback_id"]).ToList();
            Assert.Equal(client.Feedback.Select(f => f.FeedbackId), collected);
            Assert.Equal(client.Feedback.Where(f => f.ClosedLoop).Select(f => f.FeedbackId), closed);
        }
    }

    [Fact]
    public void Insights_come_from_the_clients_repeated_feedback_and_vary_along_the_roadmap()
    {
        var insights = fixture.Clients.SelectMany(c => c.Insights.Select(i => (c, i))).ToList();
        Assert.NotEmpty(insights);
        foreach (var (c, i) in insights)
        {
            Assert.Matches("^PI-[0-9]{6}$", i.InsightId);
            Assert.Equal([c.Client.ClientId], i.AffectedClientIds);
            Assert.All(i.FeedbackIds, id => Assert.Contains(c.Feedback, f => f.FeedbackId == id));
            Assert.True(i.CreatedAt < Cutoff && (i.RoadmapUpdatedAt is null || (i.RoadmapUpdatedAt > i.CreatedAt && i.RoadmapUpdatedAt < Cutoff)), i.InsightId);
            Assert.Equal(i.RoadmapStatus is null ? 0 : 1, c.Events.Count(e => e.Category == "roadmap_updated" && e.Metadata["insight_id"] == i.InsightId));
        }

        Assert.True(insights.Select(x => x.i.RoadmapStatus).Distinct().Count() >= 4);
        Assert.Equal(insights.Count, insights.Select(x => x.i.InsightId).Distinct().Count());
    }
}
