using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace CsMcp.Infrastructure.Tests.Integrations.Sync;

/// <summary>
/// What Zendesk, Intercom and Mixpanel answer for two linked clients: Acme (organization 101, company acme-co, group acme)
/// and Globex (organization 202, company globex-co, group globex). The fakes ignore the watermark in the query, as a
/// vendor returning more than asked would; the sync filters by it where the port does (Zendesk paging).
/// </summary>
internal static class VendorFakes
{
    public const string AcmeOrganization = "101";
    public const string GlobexOrganization = "202";

    public static void ServeAll(WireMockServer server)
    {
        ServeZendesk(server, globexFails: false);
        ServeIntercom(server);
        ServeMixpanel(server);
    }

    /// <summary>Acme: 3 tickets (2 created in the last 30 days, one of them urgent); Globex: 1 ticket, or HTTP 500 every time.</summary>
    public static void ServeZendesk(WireMockServer server, bool globexFails)
    {
        Json(server, "/api/v2/organizations/101/tickets.json", "GET", """
            {"tickets":[
              {"id":12,"subject":"How do I export?","description":"Where is the export button?","status":"open","priority":"normal","type":"question",
               "requester_id":7,"organization_id":101,"tags":["export"],"created_at":"2026-06-10T09:00:00Z","updated_at":"2026-06-11T09:00:00Z",
               "satisfaction_rating":{"score":"unoffered"}},
              {"id":11,"subject":"Site down","description":"Every page fails","status":"solved","priority":"urgent","type":"incident",
               "requester_id":7,"organization_id":101,"tags":["outage","sev1"],"created_at":"2026-06-01T09:00:00Z","updated_at":"2026-06-02T09:00:00Z",
               "satisfaction_rating":{"score":"good","comment":"quick fix"}},
              {"id":13,"subject":"Invoice copy","description":null,"status":"closed","priority":"low","type":null,
               "requester_id":7,"organization_id":101,"tags":[],"created_at":"2026-04-01T09:00:00Z","updated_at":"2026-04-05T09:00:00Z"}],
             "metric_sets":[
               {"ticket_id":11,"reply_time_in_minutes":{"calendar":30,"business":30},"solved_at":"2026-06-02T09:00:00Z"},
               {"ticket_id":13,"reply_time_in_minutes":{"calendar":120,"business":60},"solved_at":"2026-04-03T09:00:00Z"}],
             "users":[{"id":7,"name":"Jane Doe","email":"Jane@Acme.test"}],
             "meta":{"has_more":false,"after_cursor":null}}
            """);
        if (globexFails)
        {
            server.Given(Request.Create().WithPath("/api/v2/organizations/202/tickets.json").UsingGet())
                .RespondWith(Response.Create().WithStatusCode(500).WithHeader("Content-Type", "application/json").WithBody("""{"error":"InternalError"}"""));
            return;
        }

        Json(server, "/api/v2/organizations/202/tickets.json", "GET", """
            {"tickets":[
              {"id":21,"subject":"Sync job crashes","description":"Stack trace attached","status":"pending","priority":"high","type":"problem",
               "requester_id":8,"organization_id":202,"tags":[],"created_at":"2026-06-12T09:00:00Z","updated_at":"2026-06-12T10:00:00Z"}],
             "metric_sets":[],"users":[{"id":8,"name":"Max Power","email":"max@globex.test"}],
             "meta":{"has_more":false,"after_cursor":null}}
            """);
    }

    /// <summary>Acme's company was last seen 2026-06-14 08:00 and has one contact with one conversation; Globex has neither.</summary>
    public static void ServeIntercom(WireMockServer server)
    {
        server.Given(Request.Create().WithPath("/companies").UsingGet().WithParam("company_id", "acme-co"))
            .RespondWith(Ok("""{"type":"company","id":"ic-acme","company_id":"acme-co","name":"Acme","user_count":1,"session_count":90,"created_at":1767225600,"updated_at":1781424000,"last_request_at":1781424000}"""));
        server.Given(Request.Create().WithPath("/companies").UsingGet().WithParam("company_id", "globex-co"))
            .RespondWith(Ok("""{"type":"company","id":"ic-globex","company_id":"globex-co","name":"Globex","created_at":1767225600,"updated_at":1767225600,"last_request_at":null}"""));
        Json(server, "/companies/ic-acme/contacts", "GET", """{"type":"list","data":[{"id":"u-1","role":"user","email":"Jane@Acme.test","name":"Jane Doe"}],"total_count":1}""");
        Json(server, "/companies/ic-globex/contacts", "GET", """{"type":"list","data":[],"total_count":0}""");
        Json(server, "/conversations/search", "POST", """
            {"type":"conversation.list","conversations":[
              {"id":"conv-9","title":"Export fails","state":"open","read":true,"contacts":{"contacts":[{"id":"u-1"}]},
               "created_at":1781085600,"updated_at":1781089200}],
             "total_count":1,"pages":{"next":null}}
            """);
    }

    /// <summary>Acme used the product in May (40 users, 1,200 events) and June (30 users, 500 events); Globex not at all.</summary>
    public static void ServeMixpanel(WireMockServer server)
    {
        Segmentation(server, "month", "unique", """{"data":{"series":["2026-05-01","2026-06-01"],"values":{"acme":{"2026-05-01":40,"2026-06-01":30}}}}""");
        Segmentation(server, "month", "general", """{"data":{"series":["2026-05-01","2026-06-01"],"values":{"acme":{"2026-05-01":1200,"2026-06-01":500}}}}""");
        Segmentation(server, "day", "unique", """{"data":{"series":["2026-05-20","2026-06-01","2026-06-02"],"values":{"acme":{"2026-05-20":20,"2026-06-01":12,"2026-06-02":18}}}}""");
        Segmentation(server, "week", "unique", """{"data":{"series":["2026-05-04","2026-05-11","2026-06-01","2026-06-08"],"values":{"acme":{"2026-05-04":25,"2026-05-11":27,"2026-06-01":22,"2026-06-08":24}}}}""");
    }

    private static void Segmentation(WireMockServer server, string unit, string type, string body) =>
        server.Given(Request.Create().WithPath("/api/query/segmentation").UsingGet().WithParam("unit", unit).WithParam("type", type)).RespondWith(Ok(body));

    private static void Json(WireMockServer server, string path, string method, string body) =>
        server.Given(Request.Create().WithPath(path).UsingMethod(method)).RespondWith(Ok(body));

    private static IResponseBuilder Ok(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
}
