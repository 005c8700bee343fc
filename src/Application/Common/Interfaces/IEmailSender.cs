using CsMcp.Application.Common.Integrations.Email;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>
/// Transactional e-mail (SendGrid). Without an API key every method throws IntegrationNotConfiguredException:
/// nothing is ever reported as sent that was not accepted by the provider.
/// </summary>
public interface IEmailSender
{
    Task<EmailSendReceipt> SendAsync(EmailMessage message, CancellationToken cancellationToken = default);

    Task<EmailSendReceipt> SendTemplateAsync(TemplateEmailMessage message, CancellationToken cancellationToken = default);

    /// <summary>Statistics from <paramref name="startDate"/> to <paramref name="endDate"/> (default today), inclusive.</summary>
    Task<IReadOnlyList<EmailStatsPeriod>> GetStatsAsync(DateOnly startDate, DateOnly? endDate, EmailStatsGrouping grouping, CancellationToken cancellationToken = default);
}

/// <summary>
/// Reads the provider's signed event webhook. Verifies the ECDSA signature over timestamp + raw body with the configured
/// public key and the timestamp's age; throws ValidationException when either check fails and IntegrationNotConfiguredException without a key.
/// </summary>
public interface IEmailEventWebhook
{
    IReadOnlyList<EmailEvent> VerifyAndParse(ReadOnlySpan<byte> payload, string? signature, string? timestamp);
}
