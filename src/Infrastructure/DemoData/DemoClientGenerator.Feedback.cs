using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Feedback;

namespace CsMcp.Infrastructure.DemoData;

internal sealed partial class DemoClientGenerator
{
    private sealed record FeedbackText(FeedbackType Type, string Category, string Title, string Content, string[] Tags);

    private static readonly FeedbackText[] Praise =
    [
        new(FeedbackType.ProductFeedback, "product", "Reporting is excellent", "We love the new dashboards; building a weekly report is easy and the team finds it helpful.", ["reporting"]),
        new(FeedbackType.ServiceFeedback, "service", "Great onboarding help", "Our success manager was amazing and very helpful during the rollout. Happy with the support.", ["onboarding"]),
        new(FeedbackType.General, "product", "Perfect fit for our workflow", "Fantastic product, easy to use, and the automation saves us hours. Great value.", ["automation"]),
        new(FeedbackType.FeatureRequest, "product", "Feature idea: scheduled exports", "Love the exports; a scheduled export function would make it perfect for our finance team.", ["exports"]),
    ];

    private static readonly FeedbackText[] Mixed =
    [
        new(FeedbackType.ProductFeedback, "product", "Solid, reporting could be better", "Does the job. The report builder interface is a bit difficult for new users.", ["reporting"]),
        new(FeedbackType.FeatureRequest, "product", "Request: bulk edit", "A bulk edit feature would save time; today we update records one at a time.", ["bulk_edit"]),
        new(FeedbackType.General, "service", "Quarterly review was useful", "The review covered our goals and next steps. Helpful, though the agenda came late.", ["review"]),
        new(FeedbackType.ServiceFeedback, "support", "Support answered within a day", "Support resolved the login question; response time was fine.", ["support"]),
    ];

    private static readonly FeedbackText[] Complaints =
    [
        new(FeedbackType.BugReport, "product", "Sync is broken again", "The sync job is broken after the update; this bug is a real problem for our daily reporting.", ["sync"]),
        new(FeedbackType.ServiceFeedback, "support", "Slow support responses", "Frustrated with slow support: the same issue has been open for a week and nobody can help.", ["support", "sla"]),
        new(FeedbackType.ProductFeedback, "product", "Performance is terrible", "Pages are slow and the search is awful at peak times. It is difficult to get work done.", ["performance"]),
        new(FeedbackType.BugReport, "product", "Export fails with an error", "Exports fail with an error for large accounts; the issue blocks our month-end close.", ["exports"]),
        new(FeedbackType.General, "product", "Adoption has stalled", "Our team finds the interface difficult and unclear; usage has dropped and we see problems justifying the cost.", ["adoption"]),
    ];

    private static readonly FeedbackText[] BillingNotes =
    [
        new(FeedbackType.General, "billing", "Invoice questions", "The invoice layout is unclear and approving it takes our finance team a long time; a problem every quarter.", ["invoicing"]),
        new(FeedbackType.General, "billing", "Payment terms", "We asked for longer payment terms; the product itself is helpful.", ["payment_terms"]),
    ];

    private static readonly string[] FeedbackSources = ["survey", "in-app", "email", "call", "ticket"];

    private static readonly string[] ClosureNotes =
    [
        "Replied to the submitter with the outcome.",
        "Walked the submitter through the fix on a call.",
        "Shared the workaround and the release that fixes it.",
        "Logged as a product insight and told the submitter.",
        "Thanked the submitter; shared with the team.",
    ];

    /// <summary>
    /// Feedback the client's users sent over the year, from its own seeded generator (so the other tables are unchanged):
    /// thriving and expanding clients praise, support-heavy, declining, dropping and churned clients complain, late payers
    /// raise billing, the rest are mixed. Sentiment, themes and routing come from the same rules collect_feedback applies.
    /// About two thirds of the items older than 30 days have had their loop closed, and about a third of the recent ones
    /// (a second generator decides those, the notes, and the product insights, so the first one's draws are unchanged).
    /// Each item and each closure is on the client's timeline.
    /// </summary>
    private void BuildFeedback()
    {
        var rng = new Random(_identity.ClientSeed ^ 0x0FEED);
        var loops = new Random(_identity.ClientSeed ^ 0x0C105E);
        var rate = _story switch
        {
            DemoStory.SupportHeavy => 1.4,
            DemoStory.Thriving or DemoStory.Expanding => 0.9,
            DemoStory.Onboarding => 0.6,
            _ => 0.5,
        };
        foreach (var (first, last) in ActivePeriods())
        {
            for (var n = rng.Poisson(rate * (last.DayNumber - first.DayNumber + 1) / 30.0); n > 0; n--)
                AddFeedback(rng, loops, rng.DayBetween(first, last));
        }

        BuildInsights(loops);
    }

    private void AddFeedback(Random rng, Random loops, DateOnly day)
    {
        var pool = _story switch
        {
            DemoStory.Thriving or DemoStory.Expanding => rng.Chance(0.85) ? Praise : Mixed,
            DemoStory.SupportHeavy or DemoStory.Churned => rng.Chance(0.8) ? Complaints : Mixed,
            DemoStory.SlowDecline => Vitality(day) < 0.55 ? Complaints : Mixed,
            DemoStory.SuddenDrop => day >= _dropDate ? Complaints : Mixed,
            DemoStory.LatePayer => rng.Chance(0.5) ? BillingNotes : Mixed,
            DemoStory.Onboarding => rng.Chance(0.5) ? Praise : Mixed,
            _ => rng.Chance(0.2) ? Praise : Mixed,
        };
        var text = rng.Pick(pool);
        var priority = text.Type == FeedbackType.BugReport
            ? (rng.Chance(0.3) ? FeedbackPriority.Critical : FeedbackPriority.High)
            : rng.Chance(0.15) ? FeedbackPriority.High : rng.Chance(0.2) ? FeedbackPriority.Low : FeedbackPriority.Medium;
        var (sentiment, score, _, _) = FeedbackRules.Sentiment(text.Title, text.Content);
        var contact = rng.Chance(0.5) ? rng.Pick(_contacts) : EndUser(rng);
        var submittedAt = rng.BusinessTime(day);
        var followUp = FeedbackRules.FollowUpRequired(text.Type, priority, sentiment);
        var closed = day < _lastDay.AddDays(-30) && rng.Chance(_story == DemoStory.Churned ? 0.4 : 0.7);
        var closedAt = closed ? submittedAt.AddDays(rng.Between(1, 20)) : (DateTime?)null;
        var recentlyClosed = !closed && day >= _lastDay.AddDays(-30) && day < _lastDay.AddDays(-2) && loops.Chance(0.35);
        if (recentlyClosed)
            closedAt = submittedAt.AddDays(loops.Between(1, _lastDay.DayNumber - day.DayNumber));
        closed |= recentlyClosed;
        var item = new FeedbackItem
        {
            FeedbackId = _ids.NextFeedbackId(),
            ClientId = _clientId,
            FeedbackType = text.Type,
            Source = rng.Pick(FeedbackSources),
            SubmitterName = contact.Name,
            SubmitterEmail = contact.Email,
            Title = text.Title,
            Content = text.Content,
            Category = text.Category,
            Tags = [.. text.Tags],
            Priority = priority,
            SentimentScore = score,
            Sentiment = sentiment,
            Themes = FeedbackRules.Themes(text.Title, text.Content),
            Emotion = FeedbackRules.Emotion(text.Title, text.Content),
            Status = closed ? FeedbackStatus.Closed : FeedbackStatus.Open,
            FollowUpRequired = followUp,
            FollowUpDue = followUp ? day.AddDays(FeedbackRules.FollowUpDays(priority)) : null,
            Owner = FeedbackRules.Owner(text.Type, text.Category, priority),
            EscalationRequired = FeedbackRules.EscalationRequired(priority, sentiment),
            ClosedLoop = closed,
            ClosedAt = closedAt,
            ClosureNotes = closed ? loops.Pick(ClosureNotes) : null,
            SubmittedAt = submittedAt,
        };
        _data.Feedback.Add(item);
        _data.Events.Add(Demo(ClientTimeline.FeedbackCollected(item)));
        if (closedAt is { } at)
            _data.Events.Add(Demo(ClientTimeline.FeedbackClosed(item, submitterNotified: true, at)));
    }

    private DemoContact EndUser(Random rng)
    {
        var first = rng.Pick(DemoWordLists.FirstNames);
        var last = rng.Pick(DemoWordLists.LastNames);
        return new DemoContact($"{first} {last}", $"{first}.{last}@{_identity.EmailDomain}".ToLowerInvariant(), "User");
    }
}
