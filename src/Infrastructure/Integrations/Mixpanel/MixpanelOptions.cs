using System.Net.Http.Headers;
using System.Text;
using CsMcp.Application.Common.Integrations;
using CsMcp.Infrastructure.Integrations.Http;
using Microsoft.Extensions.Configuration;

namespace CsMcp.Infrastructure.Integrations.Mixpanel;

/// <summary>
/// MIXPANEL_PROJECT_TOKEN (tracking and profiles); MIXPANEL_SERVICE_ACCOUNT + MIXPANEL_SERVICE_ACCOUNT_SECRET + MIXPANEL_PROJECT_ID
/// (all three, or none: queries and validated /import, HTTP Basic); MIXPANEL_API_URL (query host, default https://mixpanel.com;
/// EU: https://eu.mixpanel.com) and MIXPANEL_INGESTION_URL (default https://api.mixpanel.com; EU: https://api-eu.mixpanel.com).
/// </summary>
public sealed class MixpanelOptions : IIntegrationOptions
{
    public const string ProjectTokenVariable = "MIXPANEL_PROJECT_TOKEN";
    public const string ServiceAccountVariable = "MIXPANEL_SERVICE_ACCOUNT";
    public const string ServiceAccountSecretVariable = "MIXPANEL_SERVICE_ACCOUNT_SECRET";
    public const string ProjectIdVariable = "MIXPANEL_PROJECT_ID";
    public const string ApiUrlVariable = "MIXPANEL_API_URL";
    public const string IngestionUrlVariable = "MIXPANEL_INGESTION_URL";
    public const string UsageEventVariable = "MIXPANEL_USAGE_EVENT";
    public const string GroupPropertyVariable = "MIXPANEL_GROUP_PROPERTY";
    public const string DefaultGroupProperty = "company_id";
    public const string DefaultApiUrl = "https://mixpanel.com";
    public const string DefaultIngestionUrl = "https://api.mixpanel.com";

    public static IReadOnlyList<string> TrackingVariables { get; } = [ProjectTokenVariable];

    public static IReadOnlyList<string> QueryVariables { get; } = [ServiceAccountVariable, ServiceAccountSecretVariable, ProjectIdVariable];

    public string? ProjectToken { get; set; }

    public string? ServiceAccount { get; set; }

    public string? ServiceAccountSecret { get; set; }

    public string? ProjectId { get; set; }

    public string? ApiUrl { get; set; }

    public string? IngestionUrl { get; set; }

    /// <summary>The event whose users and counts measure product usage in the sync (e.g. a session or page-view event).</summary>
    public string? UsageEvent { get; set; }

    /// <summary>The event property holding the client's group key (the clients' mixpanel_group_key). Default company_id.</summary>
    public string? GroupProperty { get; set; }

    public string Integration => IntegrationNames.Mixpanel;

    public bool IsPresent => ProjectToken is not null || ServiceAccount is not null || ServiceAccountSecret is not null
        || ProjectId is not null || ApiUrl is not null || IngestionUrl is not null;

    public bool CanTrack => ProjectToken is not null;

    public bool CanQuery => ServiceAccount is not null && ServiceAccountSecret is not null && ProjectId is not null;

    public Uri ApiUri => ConfigurationValues.BaseUri(ApiUrl is not null && ConfigurationValues.IsHttpUrl(ApiUrl) ? ApiUrl : DefaultApiUrl);

    public Uri IngestionUri => ConfigurationValues.BaseUri(IngestionUrl is not null && ConfigurationValues.IsHttpUrl(IngestionUrl) ? IngestionUrl : DefaultIngestionUrl);

    public void Bind(IConfiguration configuration)
    {
        ProjectToken = ConfigurationValues.Read(configuration, ProjectTokenVariable);
        ServiceAccount = ConfigurationValues.Read(configuration, ServiceAccountVariable);
        ServiceAccountSecret = ConfigurationValues.Read(configuration, ServiceAccountSecretVariable);
        ProjectId = ConfigurationValues.Read(configuration, ProjectIdVariable);
        ApiUrl = ConfigurationValues.Read(configuration, ApiUrlVariable);
        IngestionUrl = ConfigurationValues.Read(configuration, IngestionUrlVariable);
        UsageEvent = ConfigurationValues.Read(configuration, UsageEventVariable);
        GroupProperty = ConfigurationValues.Read(configuration, GroupPropertyVariable);
    }

    public AuthenticationHeaderValue? ServiceAccountAuthorization() => CanQuery
        ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ServiceAccount}:{ServiceAccountSecret}")))
        : null;

    public string Describe() => (CanTrack, CanQuery) switch
    {
        (true, true) => "configured: tracking, profiles, import and queries",
        (true, false) => $"configured for tracking and profiles; queries and historical import need {string.Join(", ", QueryVariables)}",
        (false, true) => $"configured for queries and import; profiles need {ProjectTokenVariable}",
        _ => $"not configured: set {ProjectTokenVariable} (tracking) and/or {string.Join(", ", QueryVariables)} (queries)",
    };

    public IReadOnlyList<string> Problems()
    {
        if (!IsPresent)
            return [];
        var problems = new List<string>();
        var query = new[] { ServiceAccount, ServiceAccountSecret, ProjectId };
        if (query.Any(v => v is not null) && query.Any(v => v is null))
        {
            var missing = QueryVariables.Where((_, i) => query[i] is null);
            problems.Add($"Mixpanel queries are partly configured: {string.Join(", ", missing)} missing. Set {string.Join(", ", QueryVariables)} together, or unset them all.");
        }

        if (!CanTrack && query.All(v => v is null))
            problems.Add($"Mixpanel is partly configured: set {ProjectTokenVariable} and/or {string.Join(", ", QueryVariables)}, or unset the other MIXPANEL_* variables.");
        if (ProjectId is not null && !ProjectId.All(char.IsAsciiDigit))
            problems.Add($"{ProjectIdVariable} must be the numeric project id shown in the project settings.");
        if (ApiUrl is not null && !ConfigurationValues.IsHttpUrl(ApiUrl))
            problems.Add($"{ApiUrlVariable} must be an absolute http(s) URL.");
        if (IngestionUrl is not null && !ConfigurationValues.IsHttpUrl(IngestionUrl))
            problems.Add($"{IngestionUrlVariable} must be an absolute http(s) URL.");
        return problems;
    }
}
