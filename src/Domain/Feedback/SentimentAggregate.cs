using CsMcp.Domain.Common;

namespace CsMcp.Domain.Feedback;

public enum SentimentTrend
{
    Improving,
    Stable,
    Declining,
}

/// <summary>The reference's aggregate sentiment, period comparison and sentiment health (section 3.5).</summary>
public static class SentimentAggregate
{
    public const string Rule = "overall = sum(count x weight) / total with weights very_positive 1, positive 0.5, neutral 0, negative -0.5, "
        + "very_negative -1; label >= 0.6 very_positive, >= 0.2 positive, >= -0.2 neutral, >= -0.6 negative, else very_negative.";

    public const string TrendRule = "percent change = (current - previous) / |previous| x 100; > +10 improving, < -10 declining, else stable.";

    public const string HealthRule = "score >= 0.6 and not declining excellent 90; >= 0.3 and not declining good 75; >= 0 fair 60; >= -0.3 poor 40; else critical 20.";

    public static decimal Weight(SentimentLabel label) => label switch
    {
        SentimentLabel.VeryPositive => 1m,
        SentimentLabel.Positive => 0.5m,
        SentimentLabel.Negative => -0.5m,
        SentimentLabel.VeryNegative => -1m,
        _ => 0m,
    };

    /// <summary>Null when there is no feedback.</summary>
    public static decimal? Overall(IReadOnlyCollection<SentimentLabel> labels) =>
        labels.Count == 0 ? null : Rounding.Ratio(labels.Sum(Weight) / labels.Count);

    public static SentimentLabel LabelOf(decimal overall) => overall switch
    {
        >= 0.6m => SentimentLabel.VeryPositive,
        >= 0.2m => SentimentLabel.Positive,
        >= -0.2m => SentimentLabel.Neutral,
        >= -0.6m => SentimentLabel.Negative,
        _ => SentimentLabel.VeryNegative,
    };

    /// <summary>Percent change against the previous score; null when the previous is missing or zero.</summary>
    public static decimal? PercentChange(decimal current, decimal? previous) =>
        previous is null or 0m ? null : Rounding.Percent((current - previous.Value) / Math.Abs(previous.Value) * 100m);

    public static SentimentTrend TrendOf(decimal? percentChange) => percentChange switch
    {
        > 10m => SentimentTrend.Improving,
        < -10m => SentimentTrend.Declining,
        _ => SentimentTrend.Stable,
    };

    public static (string Status, int Score) Health(decimal overall, SentimentTrend trend) => overall switch
    {
        >= 0.6m when trend != SentimentTrend.Declining => ("excellent", 90),
        >= 0.3m when trend != SentimentTrend.Declining => ("good", 75),
        >= 0m => ("fair", 60),
        >= -0.3m => ("poor", 40),
        _ => ("critical", 20),
    };
}
