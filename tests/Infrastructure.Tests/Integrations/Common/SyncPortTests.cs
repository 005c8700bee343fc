using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Analytics;
using CsMcp.Application.Common.Integrations.Messaging;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.Common;

/// <summary>The port methods the sync reads through: request shapes and response mapping against the loopback fakes.</summary>
public sealed class SyncPortTests : IDisposable
{
    private readonly IntegrationTestHost _host = new(new Dictionary<string, string?> { ["MIXPANEL_USAGE_EVENT"] = "Session" });

    [Fact]
    public async Task Zendesk_ticket_activity_sorts_by_update_sideloads_metrics_and_users_and_stops_at_the_watermark()
    {
        Respond("/api/v2/organizations/101/tickets.json", "GET", """
            {"tickets":[
              {"id":2,"subject":"New","status":"solved","priority":"urgent","type":"incident","requester_id":7,"organization_id":101,"tags":[],
               "created_at":"2026-06-01T09:00:00Z","updated_at":"2026-06-10T09:00:00Z","satisfaction_rating":{"score":"bad","comment":"slow"}},
              {"id":1,"subject":"Old","status":"open","priority":"low","requester_id":7,"organization_id":101,"tags":[],
               "created_at":"2026-04-01T09:00:00Z","updated_at":"2026-04-02T09:00:00Z","satisfaction_rating":{"score":"offered"}}],
             "metric_sets":[{"ticket_id":2,"reply_time_in_minutes":{"calendar":45,"business":30},"solved_at":"2026-06-02T09:00:00Z"}],
             "users":[{"id":7,"name":"Jane","email":"jane@customer.test"}],
             "meta":{"has_more":true,"after_cursor":"xyz"}}
            """);

        var page = await _host.Get<ISupportDesk>().ListOrganizationTicketActivityAsync(101, new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), new PageRequest(null, 100));

        var activity = Assert.Single(page.Items);
        Assert.Null(page.NextCursor);
        Assert.Equal((2L, "jane@customer.test", "Jane", DeskSatisfaction.Bad, "slow"), (activity.Ticket.Id, activity.RequesterEmail, activity.RequesterName, activity.Satisfaction, activity.SatisfactionComment));
        Assert.Equal(new DateTime(2026, 6, 1, 9, 45, 0, DateTimeKind.Utc), activity.FirstReplyAt);
        Assert.Equal(new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc), activity.SolvedAt);
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(_host.Server.LogEntries.Single().RequestMessage!.Url).Query);
        Assert.Equal(("100", "-updated_at", "metric_sets,users"), (query["page[size]"], query["sort"], query["include"]));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "ListOrganizationTicketActivity", "200"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task Intercom_lists_company_contacts_by_page_and_searches_conversations_of_several_contacts()
    {
        Respond("/companies/c-1/contacts", "GET", """{"type":"list","data":[{"id":"u-1","role":"user","email":"jane@customer.test"},{"id":"u-2","role":"user"}],"total_count":3}""");
        Respond("/conversations/search", "POST", """{"conversations":[{"id":"9","state":"open","created_at":1780000000,"updated_at":1780000100}],"total_count":1}""");
        var messaging = _host.Get<IMessaging>();

        var contacts = await messaging.ListCompanyContactsAsync("c-1", new PageRequest(null, 2));
        var conversations = await messaging.SearchConversationsAsync(
            new MessagingConversationSearch { ContactIds = ["u-1", "u-2"], UpdatedSince = new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc) }, PageRequest.First());

        Assert.Equal(["u-1", "u-2"], contacts.Items.Select(c => c.Id));
        Assert.Equal(("2", 3), (contacts.NextCursor, contacts.TotalCount));
        Assert.Equal("9", Assert.Single(conversations.Items).Id);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).OrderBy(r => r.DateTime).ToList();
        Assert.Equal(("1", "2"), (requests[0].Query!["page"].Single(), requests[0].Query!["per_page"].Single()));
        var filters = Json.Parse(requests[1].Body).GetProperty("query").GetProperty("value");
        Assert.Equal("IN", filters[0].GetProperty("operator").GetString());
        Assert.Equal(["u-1", "u-2"], Json.Strings(filters[0].GetProperty("value")));
        Assert.Equal(1, _host.Calls(IntegrationNames.Intercom, "ListCompanyContacts", "200"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task Mixpanel_group_usage_runs_four_grouped_segmentations_and_builds_monthly_periods()
    {
        Segmentation("month", "unique", """{"data":{"series":["2026-05-01","2026-06-01"],"values":{"acme":{"2026-05-01":40,"2026-06-01":30}}}}""");
        Segmentation("month", "general", """{"data":{"series":["2026-05-01","2026-06-01"],"values":{"acme":{"2026-05-01":1200,"2026-06-01":500}}}}""");
        Segmentation("day", "unique", """{"data":{"series":["2026-06-01","2026-06-02"],"values":{"acme":{"2026-06-01":10,"2026-06-02":20}}}}""");
        Segmentation("week", "unique", """{"data":{"series":["2026-06-01","2026-06-08"],"values":{"acme":{"2026-06-01":25,"2026-06-08":26}}}}""");

        var usage = await _host.Get<IProductAnalytics>().GetGroupUsageAsync(["acme", "globex"], new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 10));

        Assert.Empty(usage["globex"]);
        Assert.Equal(
            [
                new AnalyticsGroupUsage(new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), 40, 1200, 0m, 0m),
                new AnalyticsGroupUsage(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 10), 30, 500, 3m, 25.5m),
            ],
            usage["acme"]);
        var queries = _host.Server.LogEntries.Select(e => e.RequestMessage!.Query!).ToList();
        Assert.Equal(4, queries.Count);
        Assert.All(queries, q => Assert.Equal(("Session", "properties[\"company_id\"]", "2026-05-01", "2026-06-10"), (q["event"].Single(), q["on"].Single(), q["from_date"].Single(), q["to_date"].Single())));
        Assert.Equal(4, _host.Calls(IntegrationNames.Mixpanel, "Segmentation", "200"));
        _host.AssertNoSecretLogged();
    }

    private void Segmentation(string unit, string type, string body) =>
        _host.Server.Given(Request.Create().WithPath("/api/query/segmentation").UsingGet().WithParam("unit", unit).WithParam("type", type))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    private void Respond(string path, string method, string body) =>
        _host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body));

    public void Dispose() => _host.Dispose();
}
