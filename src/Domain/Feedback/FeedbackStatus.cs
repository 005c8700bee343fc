namespace CsMcp.Domain.Feedback;

/// <summary>Where a feedback item is in its loop: open until the loop with the submitter is closed.</summary>
public enum FeedbackStatus
{
    Open,
    Closed,
}
