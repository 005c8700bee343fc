using System.Text;
using System.Text.Json.Nodes;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Application.Features.Workers.Notifications;
using CsMcp.Domain.Workers;

namespace CsMcp.Infrastructure.Notifications;

/// <summary>
/// New alerts to a Slack incoming webhook (CSMCP_SLACK_WEBHOOK_URL): a header block "🚨 &lt;Worker Name&gt;" and a mrkdwn
/// bullet list, as the reference's notifier built it. The URL is a secret: it is never logged (the client has no
/// request loggers) and a failure names only the status code.
/// </summary>
public sealed class SlackAlertChannel(IHttpClientFactory clients, SlackWebhook webhook) : IAlertChannel
{
    public const string ClientName = "slack-webhook";

    /// <summary>Slack's limit for one section's text.</summary>
    private const int MaxSectionText = 3000;

    public string Name => "slack";

    public async Task SendAsync(WorkerName worker, IReadOnlyList<WorkerFinding> newAlerts, CancellationToken cancellationToken)
    {
        using var content = new StringContent(Payload(worker, newAlerts), Encoding.UTF8, "application/json");
        using var response = await clients.CreateClient(ClientName).PostAsync(webhook.Url, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"The Slack webhook answered {(int)response.StatusCode}.", null, response.StatusCode);
    }

    public static string Payload(WorkerName worker, IReadOnlyList<WorkerFinding> newAlerts)
    {
        var title = AlertDigest.Title(worker);
        var text = string.Join('\n', AlertDigest.Lines(newAlerts).Select(l => "• " + l));
        if (text.Length > MaxSectionText)
            text = text[..(MaxSectionText - 1)] + "…";
        return new JsonObject
        {
            ["text"] = $"{title}: {newAlerts.Count} new alert{(newAlerts.Count == 1 ? "" : "s")}",
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = $"🚨 {title}" } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = text } }),
        }.ToJsonString();
    }
}

/// <summary>The configured incoming-webhook URL (a secret; ToString hides it).</summary>
public sealed record SlackWebhook(Uri Url)
{
    public override string ToString() => "SlackWebhook { Url = *** }";
}
