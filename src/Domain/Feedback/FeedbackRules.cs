using CsMcp.Domain.Common;

namespace CsMcp.Domain.Feedback;

/// <summary>The reference's keyword sentiment, themes, emotion, follow-up and routing rules for one feedback item (section 3.5).</summary>
public static class FeedbackRules
{
    public static readonly IReadOnlyList<string> PositiveWords = ["great", "excellent", "love", "amazing", "fantastic", "helpful", "easy", "perfect"];
    public static readonly IReadOnlyList<string> NegativeWords = ["terrible", "awful", "hate", "broken", "bug", "issue", "problem", "difficult", "slow"];

    private static readonly (string Theme, string[] Words)[] ThemeWords =
    [
        ("customer_support", ["support", "help"]),
        ("product_features", ["feature", "function"]),
        ("performance", ["performance", "slow", "fast"]),
        ("user_interface", ["ui", "interface", "design"]),
    ];

    public const string SentimentRule = "Keyword sentiment over lower(title + ' ' + content): P positive and N negative words present; "
        + "P > N + 2 very_positive 0.8, P > N positive 0.5, N > P + 2 very_negative -0.8, N > P negative -0.5, else neutral 0.";

    public const string RoutingRule = "Follow-up when sentiment is negative, priority critical/high or type bug_report/feature_request, due in "
        + "1/3/7/14 days for critical/high/medium/low. Owner: bug_report/feature_request product-team, category support/service "
        + "support-team, billing finance-team, critical cs-leadership, else cs-team (@company.com). Escalation: critical, or very_negative and high.";

    public static (SentimentLabel Label, decimal Score, int Positive, int Negative) Sentiment(string title, string content)
    {
        var text = $"{title} {content}".ToLowerInvariant();
        var positive = PositiveWords.Count(w => text.Contains(w, StringComparison.Ordinal));
        var negative = NegativeWords.Count(w => text.Contains(w, StringComparison.Ordinal));
        var label = positive > negative + 2 ? SentimentLabel.VeryPositive
            : positive > negative ? SentimentLabel.Positive
            : negative > positive + 2 ? SentimentLabel.VeryNegative
            : negative > positive ? SentimentLabel.Negative
            : SentimentLabel.Neutral;
        return (label, ScoreOf(label), positive, negative);
    }

    public static decimal ScoreOf(SentimentLabel label) => label switch
    {
        SentimentLabel.VeryPositive => 0.8m,
        SentimentLabel.Positive => 0.5m,
        SentimentLabel.Negative => -0.5m,
        SentimentLabel.VeryNegative => -0.8m,
        _ => 0m,
    };

    public static List<string> Themes(string title, string content)
    {
        var text = $"{title} {content}".ToLowerInvariant();
        return [.. ThemeWords.Where(t => t.Words.Any(w => text.Contains(w, StringComparison.Ordinal))).Select(t => t.Theme)];
    }

    public static string Emotion(string title, string content)
    {
        var text = $"{title} {content}".ToLowerInvariant();
        if (text.Contains("frustrated", StringComparison.Ordinal) || text.Contains("angry", StringComparison.Ordinal))
            return "frustrated";
        if (text.Contains("happy", StringComparison.Ordinal) || text.Contains("pleased", StringComparison.Ordinal))
            return "happy";
        if (text.Contains("confused", StringComparison.Ordinal) || text.Contains("unclear", StringComparison.Ordinal))
            return "confused";
        return "neutral";
    }

    public static bool IsNegative(SentimentLabel label) => label is SentimentLabel.Negative or SentimentLabel.VeryNegative;

    public static bool FollowUpRequired(FeedbackType type, FeedbackPriority priority, SentimentLabel sentiment) =>
        IsNegative(sentiment) || priority is FeedbackPriority.Critical or FeedbackPriority.High
        || type is FeedbackType.BugReport or FeedbackType.FeatureRequest;

    public static int FollowUpDays(FeedbackPriority priority) => priority switch
    {
        FeedbackPriority.Critical => 1,
        FeedbackPriority.High => 3,
        FeedbackPriority.Medium => 7,
        _ => 14,
    };

    public static string Owner(FeedbackType type, string category, FeedbackPriority priority)
    {
        var c = category.Trim().ToLowerInvariant();
        if (type is FeedbackType.BugReport or FeedbackType.FeatureRequest)
            return "product-team@company.com";
        if (c is "support" or "service")
            return "support-team@company.com";
        if (c == "billing")
            return "finance-team@company.com";
        return priority == FeedbackPriority.Critical ? "cs-leadership@company.com" : "cs-team@company.com";
    }

    public static bool EscalationRequired(FeedbackPriority priority, SentimentLabel sentiment) =>
        priority == FeedbackPriority.Critical || (sentiment == SentimentLabel.VeryNegative && priority == FeedbackPriority.High);

    /// <summary>The reference's action items by sentiment, type and priority.</summary>
    public static List<string> ActionItems(FeedbackType type, FeedbackPriority priority, SentimentLabel sentiment)
    {
        var items = new List<string>();
        if (IsNegative(sentiment))
            items.AddRange(["Follow up with the submitter within 24-48 hours", "Find the root cause of the negative experience"]);
        if (type == FeedbackType.FeatureRequest)
            items.AddRange(["Add the request to the product backlog", "Include it in the next product insights report"]);
        if (type == FeedbackType.BugReport)
            items.AddRange(["Open a bug ticket with engineering", "Give the submitter a fix timeline"]);
        if (priority == FeedbackPriority.Critical)
            items.AddRange(["Escalate to CS leadership", "Schedule an emergency call with the client"]);
        if (sentiment is SentimentLabel.Positive or SentimentLabel.VeryPositive)
            items.AddRange(["Share the praise with the team", "Consider the submitter as a reference candidate"]);
        return items;
    }
}
