using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Configuration;

namespace CsMcp.Infrastructure.Integrations.Intercom;

/// <summary>
/// INTERCOM_ACCESS_TOKEN (Bearer), INTERCOM_BASE_URL (default https://api.intercom.io; EU/AU workspaces use their regional host),
/// INTERCOM_API_VERSION (Intercom-Version header, default 2.11), INTERCOM_ADMIN_ID (author of notes and messages; default: the token's admin).
/// </summary>
public sealed partial class IntercomOptions : IIntegrationOptions
{
    public const string AccessTokenVariable = "INTERCOM_ACCESS_TOKEN";
    public const string BaseUrlVariable = "INTERCOM_BASE_URL";
    public const string ApiVersionVariable = "INTERCOM_API_VERSION";
    public const string AdminIdVariable = "INTERCOM_ADMIN_ID";
    public const string DefaultBaseUrl = "https://api.intercom.io";
    public const string DefaultApiVersion = "2.11";

    public static IReadOnlyList<string> RequiredVariables { get; } = [AccessTokenVariable];

    public string? AccessToken { get; set; }

    public string? BaseUrl { get; set; }

    public string? ApiVersion { get; set; }

    public string? AdminId { get; set; }

    public string Integration => IntegrationNames.Intercom;

    public bool IsPresent => AccessToken is not null || BaseUrl is not null || ApiVersion is not null || AdminId is not null;

    public bool IsConfigured => AccessToken is not null;

    public Uri BaseUri => ConfigurationValues.BaseUri(BaseUrl is not null && ConfigurationValues.IsHttpUrl(BaseUrl) ? BaseUrl : DefaultBaseUrl);

    public string EffectiveApiVersion => ApiVersion ?? DefaultApiVersion;

    public void Bind(IConfiguration configuration)
    {
        AccessToken = ConfigurationValues.Read(configuration, AccessTokenVariable);
        BaseUrl = ConfigurationValues.Read(configuration, BaseUrlVariable);
        ApiVersion = ConfigurationValues.Read(configuration, ApiVersionVariable);
        AdminId = ConfigurationValues.Read(configuration, AdminIdVariable);
    }

    public AuthenticationHeaderValue? Authorization() => AccessToken is null ? null : new AuthenticationHeaderValue("Bearer", AccessToken);

    public string Describe() => IsConfigured
        ? $"configured: contacts, companies, conversations, notes, events, tags, admin messages (API {EffectiveApiVersion})"
        : $"not configured: set {AccessTokenVariable}";

    public IReadOnlyList<string> Problems()
    {
        if (!IsPresent)
            return [];
        var problems = new List<string>();
        if (AccessToken is null)
            problems.Add($"Intercom is partly configured: {AccessTokenVariable} missing. Set it, or unset the other INTERCOM_* variables.");
        if (BaseUrl is not null && !ConfigurationValues.IsHttpUrl(BaseUrl))
            problems.Add($"{BaseUrlVariable} must be an absolute http(s) URL.");
        if (ApiVersion is not null && !VersionPattern().IsMatch(ApiVersion))
            problems.Add($"{ApiVersionVariable} must be an Intercom API version such as 2.11 (or Unstable).");
        if (AdminId is not null && !AdminId.All(char.IsAsciiDigit))
            problems.Add($"{AdminIdVariable} must be the numeric id of an Intercom admin.");
        return problems;
    }

    [GeneratedRegex(@"^(\d+\.\d+|Unstable)$")]
    private static partial Regex VersionPattern();
}
