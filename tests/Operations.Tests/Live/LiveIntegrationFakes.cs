using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CsMcp.Operations.Tests.Live;

/// <summary>
/// Loopback stand-ins for Zendesk, Intercom and Mixpanel, so the live server makes real platform API calls: Zendesk
/// organization <see cref="HealthyOrganization"/> answers, organization <see cref="FailingOrganization"/> fails with 503
/// on every attempt (retried, then reported as a failed sync for that client).
/// </summary>
public sealed class LiveIntegrationFakes : IDisposable
{
    public const string HealthyOrganization = "101";
    public const string FailingOrganization = "503";
    public const string IntercomCompany = "live-company";
    public const string MixpanelGroup = "live-group";

    private readonly WireMockServer _server = WireMockServer.Start();

    public LiveIntegrationFakes()
    {
        Json($"/api/v2/organizations/{HealthyOrganization}/tickets.json", "GET", 200, """
            {"tickets":[{"id":9001,"subject":"Export fails","status":"open","priority":"high","type":"problem","requester_id":7,
              "organization_id":101,"tags":[],"created_at":"2026-11-20T09:00:00Z","updated_at":"2026-11-21T09:00:00Z"}],
             "metric_sets":[],"users":[{"id":7,"name":"Jane","email":"jane@customer.test"}],"meta":{"has_more":false}}
            """);
        Json($"/api/v2/organizations/{FailingOrganization}/tickets.json", "GET", 503, """{"error":"Service unavailable"}""");
        _server.Given(Request.Create().WithPath("/companies").UsingGet().WithParam("company_id", IntercomCompany))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody($$"""{"type":"company","id":"6001","company_id":"{{IntercomCompany}}","name":"Live Company"}"""));
        Json("/companies/6001/contacts", "GET", 200, """{"type":"list","data":[{"id":"u-1","role":"user","email":"jane@customer.test"}],"total_count":1}""");
        Json("/conversations/search", "POST", 200, """
            {"conversations":[{"id":"77","state":"open","created_at":1795600000,"updated_at":1795600100}],"total_count":1}
            """);
        Json("/api/query/segmentation", "GET", 200, """{"data":{"series":[],"values":{}}}""");
    }

    /// <summary>The variables that point CsMcp's integrations at the fakes (fast retries so the failing calls end quickly).</summary>
    public IDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["CSMCP_INTEGRATION_RETRY_DELAY_MS"] = "20",
        ["ZENDESK_SUBDOMAIN"] = "live",
        ["ZENDESK_EMAIL"] = "agent@live.test",
        ["ZENDESK_API_TOKEN"] = "live-zendesk-token",
        ["ZENDESK_BASE_URL"] = _server.Url,
        ["INTERCOM_ACCESS_TOKEN"] = "live-intercom-token",
        ["INTERCOM_BASE_URL"] = _server.Url,
        ["MIXPANEL_PROJECT_TOKEN"] = "live-mixpanel-token",
        ["MIXPANEL_SERVICE_ACCOUNT"] = "live.sa",
        ["MIXPANEL_SERVICE_ACCOUNT_SECRET"] = "live-mixpanel-secret",
        ["MIXPANEL_PROJECT_ID"] = "4242",
        ["MIXPANEL_API_URL"] = _server.Url,
        ["MIXPANEL_INGESTION_URL"] = _server.Url,
        ["MIXPANEL_USAGE_EVENT"] = "Session",
    };

    private void Json(string path, string method, int status, string body) =>
        _server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    public void Dispose() => _server.Stop();
}
