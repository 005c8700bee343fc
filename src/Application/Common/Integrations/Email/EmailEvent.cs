namespace CsMcp.Application.Common.Integrations.Email;

public enum EmailEventKind
{
    Processed,
    Dropped,
    Delivered,
    Deferred,
    Bounce,
    Open,
    Click,
    SpamReport,
    Unsubscribe,
    GroupUnsubscribe,
    GroupResubscribe,
    Other,
}

/// <summary>
/// One event of the e-mail provider's event webhook. <see cref="Event"/> is the provider's own name;
/// <see cref="CustomArgs"/> are the custom args sent with the message; <see cref="BounceType"/> is bounce or blocked.
/// </summary>
public sealed record EmailEvent(
    EmailEventKind Kind,
    string Event,
    string Email,
    DateTime OccurredAt,
    string? MessageId,
    string? EventId,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> CustomArgs,
    string? Url,
    string? Reason,
    string? BounceType,
    string? Status,
    int? Attempt);
