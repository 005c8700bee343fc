using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.SendGrid;

public sealed class SendGridEmailTests : IDisposable
{
    private readonly IntegrationTestHost _host = new();

    private IEmailSender Sender => _host.Get<IEmailSender>();

    [Fact]
    public async Task A_plain_email_is_posted_with_categories_and_custom_args_and_returns_the_message_id()
    {
        Accept();

        var receipt = await Sender.SendAsync(new EmailMessage
        {
            To = [new EmailRecipient("jane@customer.test", "Jane Doe")],
            Cc = [new EmailRecipient("cto@customer.test")],
            Subject = "Your quarterly review",
            TextBody = "Hi Jane",
            HtmlBody = "<p>Hi Jane</p>",
            ReplyTo = new EmailRecipient("csm@acme.test", "Ana"),
            Categories = ["qbr", "enterprise"],
            CustomArgs = new Dictionary<string, string> { ["client_id"] = "acme_corp" },
        });

        Assert.Equal("msg-abc123", receipt.MessageId);
        Assert.Equal(2, receipt.RecipientCount);
        var request = _host.Server.LogEntries.Single().RequestMessage!;
        Assert.Equal($"Bearer {IntegrationTestHost.SendGridKey}", request.Headers!["Authorization"].Single());
        var mail = Json.Parse(request.Body);
        var personalization = mail.GetProperty("personalizations")[0];
        Assert.Equal("jane@customer.test", personalization.GetProperty("to")[0].GetProperty("email").GetString());
        Assert.Equal("Jane Doe", personalization.GetProperty("to")[0].GetProperty("name").GetString());
        Assert.Equal("cto@customer.test", personalization.GetProperty("cc")[0].GetProperty("email").GetString());
        Assert.False(personalization.TryGetProperty("bcc", out _));
        Assert.Equal("success@acme.test", mail.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Acme Success", mail.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("csm@acme.test", mail.GetProperty("reply_to").GetProperty("email").GetString());
        Assert.Equal("Your quarterly review", mail.GetProperty("subject").GetString());
        Assert.Equal("text/plain", mail.GetProperty("content")[0].GetProperty("type").GetString());
        Assert.Equal("Hi Jane", mail.GetProperty("content")[0].GetProperty("value").GetString());
        Assert.Equal("text/html", mail.GetProperty("content")[1].GetProperty("type").GetString());
        Assert.Equal(["qbr", "enterprise"], Json.Strings(mail.GetProperty("categories")));
        Assert.Equal("acme_corp", mail.GetProperty("custom_args").GetProperty("client_id").GetString());
        Assert.False(mail.TryGetProperty("template_id", out _));
        Assert.Equal(1, _host.Calls(IntegrationNames.SendGrid, "SendMail", "202"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task A_template_email_sends_the_dynamic_data()
    {
        Accept();

        await Sender.SendTemplateAsync(new TemplateEmailMessage
        {
            To = [new EmailRecipient("jane@customer.test")],
            TemplateId = "d-4f1a",
            TemplateData = new Dictionary<string, object?>
            {
                ["first_name"] = "Jane",
                ["health_score"] = 82,
                ["renewal"] = new DateOnly(2026, 12, 31),
                ["highlights"] = new List<object?> { "SSO live", "3 new teams" },
                ["csm"] = new Dictionary<string, object?> { ["name"] = "Ana", ["vip"] = true },
            },
            Categories = ["renewal"],
        });

        var mail = Json.Parse(_host.Server.LogEntries.Single().RequestMessage!.Body);
        Assert.Equal("d-4f1a", mail.GetProperty("template_id").GetString());
        Assert.False(mail.TryGetProperty("subject", out _));
        Assert.False(mail.TryGetProperty("content", out _));
        var data = mail.GetProperty("personalizations")[0].GetProperty("dynamic_template_data");
        Assert.Equal("Jane", data.GetProperty("first_name").GetString());
        Assert.Equal(82, data.GetProperty("health_score").GetInt32());
        Assert.Equal("2026-12-31", data.GetProperty("renewal").GetString());
        Assert.Equal(["SSO live", "3 new teams"], Json.Strings(data.GetProperty("highlights")));
        Assert.True(data.GetProperty("csm").GetProperty("vip").GetBoolean());
    }

    [Fact]
    public async Task More_than_ten_categories_are_refused_instead_of_dropped()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Sender.SendAsync(new EmailMessage
        {
            To = [new EmailRecipient("jane@customer.test")],
            Subject = "S",
            TextBody = "B",
            Categories = [.. Enumerable.Range(1, 11).Select(i => $"c{i}")],
        }));

        Assert.Equal("Invalid arguments: categories: at most 10 categories per message (SendGrid limit); got 11", error.Message);
        Assert.Empty(_host.Server.LogEntries);
    }

    [Fact]
    public async Task A_server_error_on_send_is_reported_and_never_resent()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(500));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => Sender.SendAsync(new EmailMessage
        {
            To = [new EmailRecipient("jane@customer.test")], Subject = "S", TextBody = "B",
        }));

        Assert.Equal(IntegrationFailure.ServerError, error.Failure);
        Assert.Equal(1, _host.RequestCount("/v3/mail/send"));
    }

    [Fact]
    public async Task A_rate_limited_send_is_retried_after_the_reset()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).InScenario("rl").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("X-RateLimit-Reset", "1"));
        _host.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).InScenario("rl").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-2"));

        var receipt = await Sender.SendAsync(new EmailMessage { To = [new EmailRecipient("jane@customer.test")], Subject = "S", TextBody = "B" });

        Assert.Equal("msg-2", receipt.MessageId);
        Assert.Equal(1, _host.Calls(IntegrationNames.SendGrid, "SendMail", "429"));
        Assert.Equal(1, _host.Calls(IntegrationNames.SendGrid, "SendMail", "202"));
    }

    [Fact]
    public async Task Stats_are_read_per_period_and_summed_over_entries()
    {
        _host.Server.Given(Request.Create().WithPath("/v3/stats").UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithHeader("Content-Type", "application/json").WithBody("""
                [{"date":"2026-06-01","stats":[{"metrics":{"requests":100,"processed":99,"delivered":97,"deferred":1,"bounces":2,"bounce_drops":0,"blocks":1,
                "spam_reports":1,"spam_report_drops":0,"invalid_emails":0,"opens":60,"unique_opens":40,"clicks":20,"unique_clicks":15,"unsubscribes":1,"unsubscribe_drops":0}}]},
                {"date":"2026-06-02","stats":[{"metrics":{"requests":10,"delivered":10}},{"metrics":{"requests":5,"delivered":4}}]}]
                """));

        var stats = await Sender.GetStatsAsync(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 2), EmailStatsGrouping.Day);

        Assert.Equal(2, stats.Count);
        Assert.Equal(new EmailMetrics(100, 99, 97, 1, 2, 0, 1, 1, 0, 0, 60, 40, 20, 15, 1, 0), stats[0].Metrics);
        Assert.Equal(new DateOnly(2026, 6, 2), stats[1].PeriodStart);
        Assert.Equal(15, stats[1].Metrics.Requests);
        Assert.Equal(14, stats[1].Metrics.Delivered);
        var query = _host.Server.LogEntries.Single().RequestMessage!.Query!;
        Assert.Equal("2026-06-01", query["start_date"].Single());
        Assert.Equal("2026-06-02", query["end_date"].Single());
        Assert.Equal("day", query["aggregated_by"].Single());
    }

    [Fact]
    public async Task Without_an_api_key_nothing_pretends_to_be_sent()
    {
        using var host = new IntegrationTestHost(configureVendors: false);

        var error = await Assert.ThrowsAsync<IntegrationNotConfiguredException>(() => host.Get<IEmailSender>().SendAsync(new EmailMessage
        {
            To = [new EmailRecipient("jane@customer.test")], Subject = "S", TextBody = "B",
        }));

        Assert.Equal("SendGrid e-mail is not configured: set SENDGRID_API_KEY and SENDGRID_FROM_EMAIL in the server's environment (or configuration) "
            + "and restart the server. Nothing was sent.", error.Message);
        Assert.Empty(host.Server.LogEntries);
    }

    private void Accept() =>
        _host.Server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "msg-abc123"));

    public void Dispose() => _host.Dispose();
}
