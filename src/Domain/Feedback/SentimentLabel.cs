namespace CsMcp.Domain.Feedback;

/// <summary>The five sentiment bands of the reference (section 3.5).</summary>
public enum SentimentLabel
{
    VeryPositive,
    Positive,
    Neutral,
    Negative,
    VeryNegative,
}
