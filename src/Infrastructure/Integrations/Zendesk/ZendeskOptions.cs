using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Domain.Clients;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Configuration;

namespace CsMcp.Infrastructure.Integrations.Zendesk;

/// <summary>
/// ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN (all three, or none), ZENDESK_BASE_URL (overrides
/// https://&lt;subdomain&gt;.zendesk.com, e.g. for a proxy or a test fake). Auth: HTTP Basic "&lt;email&gt;/token" : token.
/// </summary>
public sealed partial class ZendeskOptions : IIntegrationOptions
{
    public const string SubdomainVariable = "ZENDESK_SUBDOMAIN";
    public const string EmailVariable = "ZENDESK_EMAIL";
    public const string ApiTokenVariable = "ZENDESK_API_TOKEN";
    public const string BaseUrlVariable = "ZENDESK_BASE_URL";

    public static IReadOnlyList<string> RequiredVariables { get; } = [SubdomainVariable, EmailVariable, ApiTokenVariable];

    public string? Subdomain { get; set; }

    public string? Email { get; set; }

    public string? ApiToken { get; set; }

    public string? BaseUrl { get; set; }

    public string Integration => IntegrationNames.Zendesk;

    public bool IsPresent => Subdomain is not null || Email is not null || ApiToken is not null || BaseUrl is not null;

    public bool IsConfigured => (Subdomain is not null || BaseUrl is not null) && Email is not null && ApiToken is not null;

    /// <summary>The API root: ZENDESK_BASE_URL, else https://&lt;subdomain&gt;.zendesk.com/.</summary>
    public Uri? BaseUri => BaseUrl is not null && ConfigurationValues.IsHttpUrl(BaseUrl)
        ? ConfigurationValues.BaseUri(BaseUrl)
        : Subdomain is not null && SubdomainPattern().IsMatch(Subdomain) ? new Uri($"https://{Subdomain}.zendesk.com/") : null;

    public void Bind(IConfiguration configuration)
    {
        Subdomain = ConfigurationValues.Read(configuration, SubdomainVariable)?.ToLowerInvariant();
        Email = ConfigurationValues.Read(configuration, EmailVariable);
        ApiToken = ConfigurationValues.Read(configuration, ApiTokenVariable);
        BaseUrl = ConfigurationValues.Read(configuration, BaseUrlVariable);
    }

    public AuthenticationHeaderValue? Authorization() => IsConfigured
        ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Email}/token:{ApiToken}")))
        : null;

    public string Describe() => IsConfigured
        ? "configured: tickets, users, organizations, SLA policies, help center"
        : $"not configured: set {string.Join(", ", RequiredVariables)}";

    public IReadOnlyList<string> Problems()
    {
        if (!IsPresent)
            return [];
        var problems = new List<string>();
        var missing = new List<string>();
        if (Subdomain is null && BaseUrl is null)
            missing.Add(SubdomainVariable);
        if (Email is null)
            missing.Add(EmailVariable);
        if (ApiToken is null)
            missing.Add(ApiTokenVariable);
        if (missing.Count > 0)
            problems.Add($"Zendesk is partly configured: {string.Join(", ", missing)} missing. Set {string.Join(", ", RequiredVariables)} (ZENDESK_BASE_URL may replace the subdomain), or unset them all.");
        if (Subdomain is not null && !SubdomainPattern().IsMatch(Subdomain))
            problems.Add($"{SubdomainVariable} must be the account's subdomain only (letters, digits, hyphens), e.g. 'acme' for acme.zendesk.com.");
        if (Email is not null && !EmailAddress.IsValid(Email))
            problems.Add($"{EmailVariable} must be the e-mail address of the agent that owns the API token.");
        if (BaseUrl is not null && !ConfigurationValues.IsHttpUrl(BaseUrl))
            problems.Add($"{BaseUrlVariable} must be an absolute http(s) URL.");
        return problems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$")]
    private static partial Regex SubdomainPattern();
}
