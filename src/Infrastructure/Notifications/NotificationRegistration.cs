using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Application.Features.Workers.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CsMcp.Infrastructure.Notifications;

public static class NotificationRegistration
{
    public const string SlackWebhookVariable = "CSMCP_SLACK_WEBHOOK_URL";
    public const string EmailToVariable = "CSMCP_ALERT_EMAIL_TO";

    /// <summary>
    /// An alert channel per configured destination: Slack when CSMCP_SLACK_WEBHOOK_URL is an absolute http(s) URL, e-mail
    /// (through the e-mail port) when CSMCP_ALERT_EMAIL_TO lists recipients. None configured: runs say nobody was notified.
    /// </summary>
    public static IServiceCollection AddAlertChannels(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[SlackWebhookVariable] is { Length: > 0 } url)
        {
            if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                throw new InvalidOperationException($"{SlackWebhookVariable} must be an absolute https URL (a Slack incoming webhook); unset it to send no Slack alerts.");
            services.AddSingleton(new SlackWebhook(uri));
            services.AddHttpClient(SlackAlertChannel.ClientName, c => c.Timeout = TimeSpan.FromSeconds(10)).RemoveAllLoggers();
            services.AddSingleton<IAlertChannel, SlackAlertChannel>();
        }

        var recipients = (configuration[EmailToVariable] ?? string.Empty)
            .Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (recipients.Length > 0)
            services.AddSingleton<IAlertChannel>(sp => new EmailAlertChannel(sp.GetRequiredService<IEmailSender>(), recipients));
        return services;
    }
}
