namespace CsMcp.Application.Common.Integrations.Email;

public sealed record EmailRecipient(string Email, string? Name = null);

/// <summary>A plain e-mail (text and/or HTML body). From defaults to SENDGRID_FROM_EMAIL / SENDGRID_FROM_NAME.</summary>
public sealed record EmailMessage
{
    public required IReadOnlyList<EmailRecipient> To { get; init; }

    public required string Subject { get; init; }

    public string? TextBody { get; init; }

    public string? HtmlBody { get; init; }

    public IReadOnlyList<EmailRecipient> Cc { get; init; } = [];

    public IReadOnlyList<EmailRecipient> Bcc { get; init; } = [];

    public EmailRecipient? ReplyTo { get; init; }

    public EmailRecipient? From { get; init; }

    /// <summary>At most 10; they come back on webhook events and in category statistics.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Our own keys (e.g. client_id) that come back on every webhook event of this message.</summary>
    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = new Dictionary<string, string>();
}

/// <summary>An e-mail rendered from a dynamic template with <see cref="TemplateData"/> (string, bool, numbers, nested dictionaries or lists).</summary>
public sealed record TemplateEmailMessage
{
    public required IReadOnlyList<EmailRecipient> To { get; init; }

    public required string TemplateId { get; init; }

    public IReadOnlyDictionary<string, object?> TemplateData { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyList<EmailRecipient> Cc { get; init; } = [];

    public IReadOnlyList<EmailRecipient> Bcc { get; init; } = [];

    public EmailRecipient? ReplyTo { get; init; }

    public EmailRecipient? From { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyDictionary<string, string> CustomArgs { get; init; } = new Dictionary<string, string>();
}

/// <summary>The provider accepted the message for delivery (not yet delivered). <see cref="MessageId"/> prefixes the ids on webhook events.</summary>
public sealed record EmailSendReceipt(string? MessageId, int RecipientCount, DateTime AcceptedAt);
