using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Workers;

namespace CsMcp.Application.Features.Workers.Notifications;

/// <summary>New alerts by e-mail through the e-mail port (SendGrid) to the configured recipients (CSMCP_ALERT_EMAIL_TO).</summary>
public sealed class EmailAlertChannel(IEmailSender email, IReadOnlyList<string> recipients) : IAlertChannel
{
    public string Name => "email";

    public async Task SendAsync(WorkerName worker, IReadOnlyList<WorkerFinding> newAlerts, CancellationToken cancellationToken)
    {
        var title = AlertDigest.Title(worker);
        await email.SendAsync(new EmailMessage
        {
            To = [.. recipients.Select(r => new EmailRecipient(r))],
            Subject = $"CsMcp: {newAlerts.Count} new {title} alert{(newAlerts.Count == 1 ? "" : "s")}",
            TextBody = string.Join('\n', AlertDigest.Lines(newAlerts).Select(l => "- " + l)),
        }, cancellationToken);
    }
}
