using System.Net;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Workers.Common;
using CsMcp.Domain.Health;
using CsMcp.Domain.Workers;
using CsMcp.Infrastructure.Notifications;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSubstitute;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CsMcp.Infrastructure.Tests.Notifications;

/// <summary>The Slack incoming-webhook channel against a loopback WireMock endpoint, and which channels a configuration registers.</summary>
public sealed class SlackAlertChannelTests : IDisposable
{
    private const string SecretPath = "/services/T0SECRET/B0SECRET/xoxsecretwebhook";

    private static readonly WorkerFinding[] Alerts =
    [
        new("cs_decliner", "cs_decliner", "Decliner", "critical_health", AlertSeverity.Critical, "Health 32 is below 40 (critical); churn probability 0.95.",
            new Dictionary<string, decimal?> { ["health_score"] = 32 }),
        new("cohort:2025-Q1", null, null, "low_retention", AlertSeverity.Medium, "Cohort 2025-Q1: 0 of 1 clients retained (0 %), below 85 %.",
            new Dictionary<string, decimal?>()),
    ];

    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly CapturingLoggerProvider _logs = new();

    public void Dispose() => _server.Stop();

    private ServiceProvider Services(IDictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs));
        services.AddSingleton(Substitute.For<IEmailSender>());
        services.AddAlertChannels(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Posts_the_header_and_bullet_list_and_never_logs_the_url()
    {
        _server.Given(Request.Create().WithPath(SecretPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
        using var services = Services(new Dictionary<string, string?> { [NotificationRegistration.SlackWebhookVariable] = _server.Url + SecretPath });

        var channel = Assert.Single(services.GetServices<IAlertChannel>());
        await channel.SendAsync(WorkerName.ChurnRiskMonitor, Alerts, default);

        var request = Assert.Single(_server.LogEntries).RequestMessage!;
        Assert.Equal(("slack", "POST", "application/json; charset=utf-8"), (channel.Name, request.Method, request.Headers!["Content-Type"].Single()));
        var body = System.Text.Json.Nodes.JsonNode.Parse(request.Body!)!;
        Assert.Equal("Churn Risk Monitor: 2 new alerts", (string?)body["text"]);
        Assert.Equal(("header", "plain_text", "🚨 Churn Risk Monitor"), ((string?)body["blocks"]![0]!["type"], (string?)body["blocks"]![0]!["text"]!["type"], (string?)body["blocks"]![0]!["text"]!["text"]));
        Assert.Equal(("section", "mrkdwn"), ((string?)body["blocks"]![1]!["type"], (string?)body["blocks"]![1]!["text"]!["type"]));
        Assert.Equal(
            "• Decliner (cs_decliner) - critical_health: Health 32 is below 40 (critical); churn probability 0.95.\n"
            + "• cohort:2025-Q1 - low_retention: Cohort 2025-Q1: 0 of 1 clients retained (0 %), below 85 %.",
            (string?)body["blocks"]![1]!["text"]!["text"]);
        Assert.Equal(2, body["blocks"]!.AsArray().Count);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("SECRET", StringComparison.Ordinal) || l.Contains("xoxsecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_post_throws_naming_only_the_status()
    {
        _server.Given(Request.Create().WithPath(SecretPath).UsingPost()).RespondWith(Response.Create().WithStatusCode(403));
        using var services = Services(new Dictionary<string, string?> { [NotificationRegistration.SlackWebhookVariable] = _server.Url + SecretPath });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => services.GetRequiredService<IAlertChannel>().SendAsync(WorkerName.SupportSlaTracker, Alerts, default));

        Assert.Equal(("The Slack webhook answered 403.", HttpStatusCode.Forbidden), (error.Message, error.StatusCode));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("xoxsecret", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Email_recipients_register_an_email_channel_through_the_email_port()
    {
        using var services = Services(new Dictionary<string, string?> { [NotificationRegistration.EmailToVariable] = "cs-lead@acme.test; ops@acme.test" });
        var email = services.GetRequiredService<IEmailSender>();

        var channel = Assert.Single(services.GetServices<IAlertChannel>());
        await channel.SendAsync(WorkerName.ChurnRiskMonitor, Alerts[..1], default);

        Assert.Equal("email", channel.Name);
        await email.Received(1).SendAsync(Arg.Is<EmailMessage>(m =>
            m.Subject == "CsMcp: 1 new Churn Risk Monitor alert"
            && m.To.Select(t => t.Email).SequenceEqual(new[] { "cs-lead@acme.test", "ops@acme.test" })
            && m.TextBody == "- Decliner (cs_decliner) - critical_health: Health 32 is below 40 (critical); churn probability 0.95."), Arg.Any<CancellationToken>());
    }

    [Fact]
    public void Nothing_configured_registers_no_channel_and_a_bad_url_stops_startup()
    {
        using var none = Services(new Dictionary<string, string?>());
        Assert.Empty(none.GetServices<IAlertChannel>());

        var error = Assert.Throws<InvalidOperationException>(() => Services(new Dictionary<string, string?> { [NotificationRegistration.SlackWebhookVariable] = "hooks.slack.test/x" }));
        Assert.Equal("CSMCP_SLACK_WEBHOOK_URL must be an absolute https URL (a Slack incoming webhook); unset it to send no Slack alerts.", error.Message);
    }
}
