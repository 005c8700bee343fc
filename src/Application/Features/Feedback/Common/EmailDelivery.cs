using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;

namespace CsMcp.Application.Features.Feedback.Common;

/// <summary>Sends through the e-mail port and says what happened: "sent", or "not sent: ..." when e-mail is not configured or failed.</summary>
public static class EmailDelivery
{
    public const string Sent = "sent";
    public const string NotSentPrefix = "not sent: ";
    public const string NotConfigured = NotSentPrefix + "email not configured";

    public static async Task<string> TrySendAsync(this IEmailSender email, EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        try
        {
            await email.SendAsync(message, cancellationToken);
            return Sent;
        }
        catch (IntegrationNotConfiguredException)
        {
            return NotConfigured;
        }
        catch (IntegrationException e)
        {
            return NotSentPrefix + e.Message;
        }
    }
}
