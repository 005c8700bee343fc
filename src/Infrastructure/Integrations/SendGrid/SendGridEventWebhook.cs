using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Email;
using CsMcp.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace CsMcp.Infrastructure.Integrations.SendGrid;

/// <summary>
/// Verifies and reads SendGrid's Signed Event Webhook: an ECDSA P-256/SHA-256 signature (base64 DER, header
/// X-Twilio-Email-Event-Webhook-Signature) over the timestamp header followed by the raw body bytes.
/// </summary>
internal sealed class SendGridEventWebhook(IOptions<SendGridOptions> options, TimeProvider time) : IEmailEventWebhook
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private static readonly HashSet<string> ReservedFields = new(StringComparer.Ordinal)
    {
        "email", "timestamp", "event", "sg_event_id", "sg_message_id", "category", "url", "reason", "type", "status", "response",
        "attempt", "useragent", "ip", "tls", "cert_err", "smtp-id", "asm_group_id", "sg_machine_open", "bounce_classification",
        "url_offset", "marketing_campaign_id", "marketing_campaign_name", "marketing_campaign_version", "marketing_campaign_split_id",
        "pool", "sg_template_id", "sg_template_name", "sg_content_type", "send_at", "singlesend_id", "singlesend_name", "template_id",
        "template_version_id", "mc_auto_id", "mc_auto_name", "mc_auto_step_id", "mc_stats", "phase_id", "unique_args", "newsletter",
    };

    public IReadOnlyList<EmailEvent> VerifyAndParse(ReadOnlySpan<byte> payload, string? signature, string? timestamp)
    {
        var settings = options.Value;
        if (settings.WebhookPublicKey is null)
            throw new IntegrationNotConfiguredException(IntegrationNames.SendGrid, "event webhook verification", [SendGridOptions.WebhookPublicKeyVariable]);
        if (string.IsNullOrWhiteSpace(signature))
            throw new ValidationException(SignatureHeader, "missing: only signed event webhook requests are accepted");
        if (!long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            throw new ValidationException(TimestampHeader, "missing or not a Unix time in seconds");

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > settings.WebhookMaxAge)
            throw new ValidationException(TimestampHeader, $"signed {Math.Round(age.TotalSeconds):0} s away from now, more than the allowed {settings.WebhookMaxAge.TotalSeconds:0} s (replayed or clock skew)");

        byte[] signatureBytes;
        try
        {
            signatureBytes = Convert.FromBase64String(signature.Trim());
        }
        catch (FormatException)
        {
            throw new ValidationException(SignatureHeader, "not base64");
        }

        var timestampBytes = Encoding.UTF8.GetBytes(timestamp!);
        var signed = new byte[timestampBytes.Length + payload.Length];
        timestampBytes.CopyTo(signed, 0);
        payload.CopyTo(signed.AsSpan(timestampBytes.Length));
        using var key = settings.CreateWebhookKey();
        if (!key.VerifyData(signed, signatureBytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence))
            throw new ValidationException(SignatureHeader, $"does not verify with {SendGridOptions.WebhookPublicKeyVariable}: the request is not from SendGrid or was altered");

        return Parse(payload);
    }

    private static List<EmailEvent> Parse(ReadOnlySpan<byte> payload)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(payload);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException)
        {
            throw new ValidationException("body", "the signed body is not JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : [root];
            return [.. items.Where(i => i.ValueKind == JsonValueKind.Object).Select(ToEvent)];
        }
    }

    private static EmailEvent ToEvent(JsonElement item)
    {
        var name = Text(item, "event") ?? string.Empty;
        var customArgs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in item.EnumerateObject())
        {
            if (!ReservedFields.Contains(property.Name) && property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                customArgs[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
        }

        return new EmailEvent(
            Kind(name),
            name,
            Text(item, "email") ?? string.Empty,
            item.TryGetProperty("timestamp", out var ts) && ts.TryGetInt64(out var unix) ? DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime : DateTime.UnixEpoch,
            Text(item, "sg_message_id"),
            Text(item, "sg_event_id"),
            Categories(item),
            customArgs,
            Text(item, "url"),
            Text(item, "reason"),
            name == "bounce" ? Text(item, "type") : null,
            Text(item, "status"),
            item.TryGetProperty("attempt", out var attempt) && (attempt.ValueKind == JsonValueKind.Number
                ? attempt.TryGetInt32(out var number)
                : int.TryParse(attempt.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number)) ? number : null);
    }

    private static EmailEventKind Kind(string name) => name switch
    {
        "processed" => EmailEventKind.Processed,
        "dropped" => EmailEventKind.Dropped,
        "delivered" => EmailEventKind.Delivered,
        "deferred" => EmailEventKind.Deferred,
        "bounce" => EmailEventKind.Bounce,
        "open" => EmailEventKind.Open,
        "click" => EmailEventKind.Click,
        "spamreport" => EmailEventKind.SpamReport,
        "unsubscribe" => EmailEventKind.Unsubscribe,
        "group_unsubscribe" => EmailEventKind.GroupUnsubscribe,
        "group_resubscribe" => EmailEventKind.GroupResubscribe,
        _ => EmailEventKind.Other,
    };

    private static List<string> Categories(JsonElement item) => !item.TryGetProperty("category", out var category)
        ? []
        : category.ValueKind switch
        {
            JsonValueKind.String => [category.GetString()!],
            JsonValueKind.Array => [.. category.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.String).Select(c => c.GetString()!)],
            _ => [],
        };

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        }
        : null;
}
