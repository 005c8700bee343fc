using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using CsMcp.TestSupport;

namespace CsMcp.Infrastructure.Tests.Integrations.SendGrid;

public sealed class SendGridWebhookTests : IDisposable
{
    private const string Payload = """
        [{"email":"jane@customer.test","timestamp":1781510400,"event":"delivered","sg_event_id":"ev-1","sg_message_id":"msg-abc123.filter01","category":["qbr","enterprise"],"client_id":"acme_corp","response":"250 OK"},
         {"email":"jane@customer.test","timestamp":1781510460,"event":"bounce","type":"blocked","reason":"550 blocked","status":"5.0.0","sg_message_id":"msg-abc123.filter01","category":"qbr","attempt":"2"},
         {"email":"jane@customer.test","timestamp":1781510520,"event":"click","url":"https://acme.test/report","sg_message_id":"msg-abc123.filter01"}]
        """;

    private readonly ECDsa _signingKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly IntegrationTestHost _host;
    private readonly string _timestamp = TestClock.Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public SendGridWebhookTests()
    {
        _host = new IntegrationTestHost(
            new Dictionary<string, string?> { ["SENDGRID_WEBHOOK_PUBLIC_KEY"] = Convert.ToBase64String(_signingKey.ExportSubjectPublicKeyInfo()) },
            time: TestClock.Create());
    }

    private IEmailEventWebhook Webhook => _host.Get<IEmailEventWebhook>();

    [Fact]
    public void A_signed_payload_is_verified_and_parsed()
    {
        var events = Webhook.VerifyAndParse(Encoding.UTF8.GetBytes(Payload), Sign(_timestamp, Payload), _timestamp);

        Assert.Equal(3, events.Count);
        var delivered = events[0];
        Assert.Equal(EmailEventKind.Delivered, delivered.Kind);
        Assert.Equal("jane@customer.test", delivered.Email);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1781510400).UtcDateTime, delivered.OccurredAt);
        Assert.Equal("msg-abc123.filter01", delivered.MessageId);
        Assert.Equal("ev-1", delivered.EventId);
        Assert.Equal(["qbr", "enterprise"], delivered.Categories);
        Assert.Equal(new Dictionary<string, string> { ["client_id"] = "acme_corp" }, delivered.CustomArgs);
        var bounce = events[1];
        Assert.Equal(EmailEventKind.Bounce, bounce.Kind);
        Assert.Equal("blocked", bounce.BounceType);
        Assert.Equal("550 blocked", bounce.Reason);
        Assert.Equal("5.0.0", bounce.Status);
        Assert.Equal(2, bounce.Attempt);
        Assert.Equal(["qbr"], bounce.Categories);
        Assert.Empty(bounce.CustomArgs);
        Assert.Equal("https://acme.test/report", events[2].Url);
        Assert.Equal(EmailEventKind.Click, events[2].Kind);
    }

    [Fact]
    public void An_altered_payload_is_refused()
    {
        var signature = Sign(_timestamp, Payload);
        var altered = Payload.Replace("delivered", "open", StringComparison.Ordinal);

        var error = Assert.Throws<ValidationException>(() => Webhook.VerifyAndParse(Encoding.UTF8.GetBytes(altered), signature, _timestamp));

        Assert.Equal("X-Twilio-Email-Event-Webhook-Signature", Assert.Single(error.Errors).Key);
        Assert.Contains("does not verify with SENDGRID_WEBHOOK_PUBLIC_KEY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_signature_for_another_timestamp_is_refused()
    {
        var other = (TestClock.Now.ToUnixTimeSeconds() - 5).ToString(CultureInfo.InvariantCulture);

        Assert.Throws<ValidationException>(() => Webhook.VerifyAndParse(Encoding.UTF8.GetBytes(Payload), Sign(other, Payload), _timestamp));
    }

    [Fact]
    public void An_old_timestamp_is_refused_as_a_replay_even_when_correctly_signed()
    {
        var old = (TestClock.Now.ToUnixTimeSeconds() - 3600).ToString(CultureInfo.InvariantCulture);

        var error = Assert.Throws<ValidationException>(() => Webhook.VerifyAndParse(Encoding.UTF8.GetBytes(Payload), Sign(old, Payload), old));

        Assert.Equal("Invalid arguments: X-Twilio-Email-Event-Webhook-Timestamp: signed 3600 s away from now, more than the allowed 600 s (replayed or clock skew)", error.Message);
    }

    [Fact]
    public void Unsigned_requests_are_refused()
    {
        var error = Assert.Throws<ValidationException>(() => Webhook.VerifyAndParse(Encoding.UTF8.GetBytes(Payload), null, _timestamp));

        Assert.Equal("Invalid arguments: X-Twilio-Email-Event-Webhook-Signature: missing: only signed event webhook requests are accepted", error.Message);
    }

    [Fact]
    public void Without_a_public_key_verification_is_not_configured()
    {
        using var host = new IntegrationTestHost(time: TestClock.Create());

        var error = Assert.Throws<IntegrationNotConfiguredException>(() =>
            host.Get<IEmailEventWebhook>().VerifyAndParse(Encoding.UTF8.GetBytes(Payload), Sign(_timestamp, Payload), _timestamp));

        Assert.Equal(["SENDGRID_WEBHOOK_PUBLIC_KEY"], error.Variables);
    }

    private string Sign(string timestamp, string payload) =>
        Convert.ToBase64String(_signingKey.SignData(Encoding.UTF8.GetBytes(timestamp + payload), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    public void Dispose()
    {
        _host.Dispose();
        _signingKey.Dispose();
    }
}
