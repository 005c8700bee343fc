using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using CsMcp.Application.Common.Integrations;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Configuration;

namespace CsMcp.Infrastructure.Integrations.SendGrid;

/// <summary>
/// SENDGRID_API_KEY (Bearer) with SENDGRID_FROM_EMAIL (a verified sender) and optional SENDGRID_FROM_NAME; SENDGRID_BASE_URL
/// (default https://api.sendgrid.com; EU subusers: https://api.eu.sendgrid.com). The event webhook is verified with
/// SENDGRID_WEBHOOK_PUBLIC_KEY (base64 DER or PEM, from the Signed Event Webhook settings); events whose signed timestamp is
/// older than SENDGRID_WEBHOOK_MAX_AGE_SECONDS (default 600) are refused as replays.
/// </summary>
public sealed class SendGridOptions : IIntegrationOptions
{
    public const string ApiKeyVariable = "SENDGRID_API_KEY";
    public const string FromEmailVariable = "SENDGRID_FROM_EMAIL";
    public const string FromNameVariable = "SENDGRID_FROM_NAME";
    public const string BaseUrlVariable = "SENDGRID_BASE_URL";
    public const string WebhookPublicKeyVariable = "SENDGRID_WEBHOOK_PUBLIC_KEY";
    public const string WebhookMaxAgeVariable = "SENDGRID_WEBHOOK_MAX_AGE_SECONDS";
    public const string DefaultBaseUrl = "https://api.sendgrid.com";

    public static IReadOnlyList<string> SendingVariables { get; } = [ApiKeyVariable, FromEmailVariable];

    public string? ApiKey { get; set; }

    public string? FromEmail { get; set; }

    public string? FromName { get; set; }

    public string? BaseUrl { get; set; }

    public string? WebhookPublicKey { get; set; }

    public TimeSpan WebhookMaxAge { get; set; } = TimeSpan.FromSeconds(600);

    public string Integration => IntegrationNames.SendGrid;

    public bool IsPresent => ApiKey is not null || FromEmail is not null || FromName is not null || BaseUrl is not null || WebhookPublicKey is not null;

    public bool CanSend => ApiKey is not null && FromEmail is not null;

    public Uri BaseUri => ConfigurationValues.BaseUri(BaseUrl is not null && ConfigurationValues.IsHttpUrl(BaseUrl) ? BaseUrl : DefaultBaseUrl);

    public void Bind(IConfiguration configuration)
    {
        ApiKey = ConfigurationValues.Read(configuration, ApiKeyVariable);
        FromEmail = ConfigurationValues.Read(configuration, FromEmailVariable);
        FromName = ConfigurationValues.Read(configuration, FromNameVariable);
        BaseUrl = ConfigurationValues.Read(configuration, BaseUrlVariable);
        WebhookPublicKey = ConfigurationValues.Read(configuration, WebhookPublicKeyVariable);
        if (int.TryParse(ConfigurationValues.Read(configuration, WebhookMaxAgeVariable), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
            WebhookMaxAge = TimeSpan.FromSeconds(seconds);
    }

    public AuthenticationHeaderValue? Authorization() => ApiKey is null ? null : new AuthenticationHeaderValue("Bearer", ApiKey);

    /// <summary>The webhook verification key: base64 SubjectPublicKeyInfo (as SendGrid shows it) or PEM.</summary>
    public ECDsa CreateWebhookKey()
    {
        var key = ECDsa.Create();
        try
        {
            var text = WebhookPublicKey ?? throw new InvalidOperationException($"{WebhookPublicKeyVariable} is not set.");
            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
                key.ImportFromPem(text);
            else
                key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(text), out _);
            return key;
        }
        catch
        {
            key.Dispose();
            throw;
        }
    }

    public string Describe()
    {
        var sending = CanSend ? "configured: mail send and stats" : $"sending not configured: set {string.Join(", ", SendingVariables)}";
        var webhook = WebhookPublicKey is not null ? "event webhook verification on" : $"event webhook verification off (set {WebhookPublicKeyVariable})";
        return $"{sending}; {webhook}";
    }

    public IReadOnlyList<string> Problems()
    {
        if (!IsPresent)
            return [];
        var problems = new List<string>();
        var sendingPresent = ApiKey is not null || FromEmail is not null || FromName is not null || BaseUrl is not null;
        if (sendingPresent && !CanSend)
        {
            var missing = SendingVariables.Where(v => v == ApiKeyVariable ? ApiKey is null : FromEmail is null);
            problems.Add($"SendGrid is partly configured: {string.Join(", ", missing)} missing. Set {string.Join(", ", SendingVariables)} (SENDGRID_FROM_NAME optional), or unset them all.");
        }

        if (FromEmail is not null && !EmailAddress.IsValid(FromEmail))
            problems.Add($"{FromEmailVariable} must be an e-mail address (a verified sender of the SendGrid account).");
        if (BaseUrl is not null && !ConfigurationValues.IsHttpUrl(BaseUrl))
            problems.Add($"{BaseUrlVariable} must be an absolute http(s) URL.");
        if (WebhookPublicKey is not null && !WebhookKeyIsValid())
            problems.Add($"{WebhookPublicKeyVariable} must be the Signed Event Webhook verification key (base64 DER or PEM of an EC public key).");
        return problems;
    }

    private bool WebhookKeyIsValid()
    {
        try
        {
            using var key = CreateWebhookKey();
            return true;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or ArgumentException)
        {
            return false;
        }
    }
}
