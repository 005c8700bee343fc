using System.Text;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.Zendesk;

public sealed class ZendeskDeskTests : IDisposable
{
    private const string Ticket = """{"id":9,"subject":"Billing question","status":"pending","priority":"low","tags":["billing"],"created_at":"2026-05-01T10:00:00Z","updated_at":"2026-05-03T10:00:00Z"}""";

    private readonly IntegrationTestHost _host = new();

    private ISupportDesk Desk => _host.Get<ISupportDesk>();

    private static string ExpectedAuthorization =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"agent@acme.test/token:{IntegrationTestHost.ZendeskToken}"));

    [Fact]
    public async Task Update_ticket_puts_the_fields_and_comment_then_adds_and_removes_tags()
    {
        Respond("/api/v2/tickets/9.json", "PUT", 200, Wrap("ticket", Ticket));
        Respond("/api/v2/tickets/9/tags.json", "PUT", 200, """{"tags":["billing","escalated"]}""");
        Respond("/api/v2/tickets/9/tags.json", "DELETE", 200, """{"tags":["escalated"]}""");
        Respond("/api/v2/tickets/9.json", "GET", 200, Wrap("ticket", Ticket.Replace("[\"billing\"]", "[\"escalated\"]", StringComparison.Ordinal)));

        var ticket = await Desk.UpdateTicketAsync(9, new DeskTicketUpdate
        {
            Status = DeskTicketStatus.Pending,
            Priority = DeskTicketPriority.Low,
            AssigneeId = 601,
            Comment = new DeskComment("We are looking into it.", Public: false, AuthorId: 601),
            AddTags = ["escalated"],
            RemoveTags = ["billing"],
        });

        Assert.Equal(["escalated"], ticket.Tags);
        Assert.Equal(DeskTicketStatus.Pending, ticket.Status);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).OrderBy(r => r.DateTime).ToList();
        Assert.Equal(["PUT /api/v2/tickets/9.json", "PUT /api/v2/tickets/9/tags.json", "DELETE /api/v2/tickets/9/tags.json", "GET /api/v2/tickets/9.json"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        var sent = Json.Parse(requests[0].Body).GetProperty("ticket");
        Assert.Equal("pending", sent.GetProperty("status").GetString());
        Assert.Equal("low", sent.GetProperty("priority").GetString());
        Assert.Equal(601, sent.GetProperty("assignee_id").GetInt64());
        Assert.Equal("We are looking into it.", sent.GetProperty("comment").GetProperty("body").GetString());
        Assert.False(sent.GetProperty("comment").GetProperty("public").GetBoolean());
        Assert.Equal(601, sent.GetProperty("comment").GetProperty("author_id").GetInt64());
        Assert.False(sent.TryGetProperty("tags", out _));
        Assert.Equal(["escalated"], Json.Strings(Json.Parse(requests[1].Body).GetProperty("tags")));
        Assert.Equal(["billing"], Json.Strings(Json.Parse(requests[2].Body).GetProperty("tags")));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "UpdateTicket", "200"));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "AddTicketTags", "200"));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "RemoveTicketTags", "200"));
    }

    [Fact]
    public async Task Search_builds_the_query_and_pages_with_the_page_number()
    {
        Respond("/api/v2/search.json", "GET", 200, $$"""{"results":[{{Ticket}}],"count":101,"next_page":"https://acme.zendesk.com/api/v2/search.json?page=3"}""");

        var page = await Desk.SearchTicketsAsync(new DeskTicketSearch
        {
            Text = "invoice",
            Status = DeskTicketStatus.Pending,
            Priority = DeskTicketPriority.Low,
            RequesterEmail = "jane@customer.test",
            OrganizationId = 701,
            Tags = ["billing", "vip customer"],
            UpdatedSince = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc),
        }, new PageRequest("2", 50));

        Assert.Equal(9, Assert.Single(page.Items).Id);
        Assert.Equal("3", page.NextCursor);
        Assert.Equal(101, page.TotalCount);
        var query = _host.Server.LogEntries.Single().RequestMessage!.Query!;
        Assert.Equal("type:ticket invoice status:pending priority:low requester:jane@customer.test organization:701 tags:billing tags:\"vip customer\" updated>=2026-05-01T00:00:00Z",
            query["query"].Single());
        Assert.Equal("2", query["page"].Single());
        Assert.Equal("50", query["per_page"].Single());
        Assert.Equal("updated_at", query["sort_by"].Single());
        Assert.Equal("desc", query["sort_order"].Single());
    }

    [Fact]
    public async Task Organization_tickets_use_cursor_pagination()
    {
        Respond("/api/v2/organizations/701/tickets.json", "GET", 200,
            "{\"tickets\":[" + Ticket + "],\"meta\":{\"has_more\":true,\"after_cursor\":\"xyz==\"},\"links\":{}}");

        var page = await Desk.ListOrganizationTicketsAsync(701, new PageRequest("abc", 25));

        Assert.Single(page.Items);
        Assert.Equal("xyz==", page.NextCursor);
        // Brackets travel percent-encoded (page%5Bsize%5D), which the API decodes like any query key.
        var query = System.Web.HttpUtility.ParseQueryString(new Uri(_host.Server.LogEntries.Single().RequestMessage!.Url).Query);
        Assert.Equal("25", query["page[size]"]);
        Assert.Equal("abc", query["page[after]"]);
    }

    [Fact]
    public async Task Get_user_reads_the_user_by_id_with_basic_auth_and_maps_it()
    {
        Respond("/api/v2/users/2.json", "GET", 200, """
            {"user":{"id":2,"name":"Jane Doe","email":"Jane@Customer.test","role":"end-user","organization_id":701,"external_id":"u-2","phone":"+1 555",
            "tags":["vip"],"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-02-01T10:30:00+02:00"}}
            """);
        Respond("/api/v2/users/3.json", "GET", 200, """{"user":{"id":3,"name":null,"email":null,"role":"admin"}}""");

        var user = await Desk.GetUserAsync(2);
        var admin = await Desk.GetUserAsync(3);

        Assert.Equal(new DeskUser(2, "Jane Doe", "Jane@Customer.test", DeskUserRole.EndUser, 701, "u-2", "+1 555", user!.Tags,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 1, 8, 30, 0, DateTimeKind.Utc)), user);
        Assert.Equal(["vip"], user.Tags);
        // DeskUser times are not nullable: a user without timestamps maps them to the Unix epoch.
        Assert.Equal((3L, string.Empty, (string?)null, DeskUserRole.Admin, (long?)null, DateTime.UnixEpoch), (admin!.Id, admin.Name, admin.Email, admin.Role, admin.OrganizationId, admin.CreatedAt));
        Assert.Empty(admin.Tags);
        var request = _host.Server.LogEntries.Select(e => e.RequestMessage!).Single(r => r.Path == "/api/v2/users/2.json");
        Assert.Equal(("GET", ExpectedAuthorization), (request.Method, request.Headers!["Authorization"].Single()));
        Assert.Equal(2, _host.Calls(IntegrationNames.Zendesk, "GetUser", "200"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task Get_organization_reads_the_organization_by_id_with_basic_auth_and_maps_it()
    {
        Respond("/api/v2/organizations/701.json", "GET", 200, """
            {"organization":{"id":701,"name":"Acme","external_id":"acme_corp","domain_names":["acme.test","acme.io"],"tags":["enterprise"],"notes":"Key account",
            "created_at":"2025-11-01T08:00:00Z","updated_at":"2026-03-01T08:00:00Z"}}
            """);

        var organization = await Desk.GetOrganizationAsync(701);

        Assert.NotNull(organization);
        Assert.Equal((701L, "Acme", "acme_corp", "Key account"), (organization.Id, organization.Name, organization.ExternalId, organization.Notes));
        Assert.Equal(["acme.test", "acme.io"], organization.DomainNames);
        Assert.Equal(["enterprise"], organization.Tags);
        Assert.Equal((new DateTime(2025, 11, 1, 8, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc)), (organization.CreatedAt, organization.UpdatedAt));
        var request = _host.Server.LogEntries.Single().RequestMessage!;
        Assert.Equal(("GET", ExpectedAuthorization), (request.Method, request.Headers!["Authorization"].Single()));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "GetOrganization", "200"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task A_missing_user_or_organization_is_null_and_not_retried()
    {
        Respond("/api/v2/users/404.json", "GET", 404, """{"error":"RecordNotFound","description":"Not found"}""");
        Respond("/api/v2/organizations/404.json", "GET", 404, """{"error":"RecordNotFound","description":"Not found"}""");

        Assert.Null(await Desk.GetUserAsync(404));
        Assert.Null(await Desk.GetOrganizationAsync(404));
        Assert.Equal((1, 1), (_host.RequestCount("/api/v2/users/404.json"), _host.RequestCount("/api/v2/organizations/404.json")));
        Assert.Equal((1d, 1d), (_host.Calls(IntegrationNames.Zendesk, "GetUser", "404"), _host.Calls(IntegrationNames.Zendesk, "GetOrganization", "404")));
    }

    [Fact]
    public async Task Users_are_found_by_exact_email_and_upserted()
    {
        Respond("/api/v2/users/search.json", "GET", 200, """
            {"users":[{"id":1,"name":"Janet","email":"janet@customer.test","role":"end-user"},
            {"id":2,"name":"Jane Doe","email":"Jane@Customer.test","role":"end-user","organization_id":701,"external_id":"u-2","phone":"+1 555","tags":["vip"],
            "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-02-01T00:00:00Z"}]}
            """);
        Respond("/api/v2/users/create_or_update.json", "POST", 201, """{"user":{"id":3,"name":"Max","email":"max@customer.test","role":"agent"}}""");

        var found = await Desk.FindUserByEmailAsync("jane@customer.test");
        var upserted = await Desk.UpsertUserAsync(new DeskUserUpsert { Name = "Max", Email = "max@customer.test", Role = DeskUserRole.Agent, OrganizationId = 701 });

        Assert.Equal(new DeskUser(2, "Jane Doe", "Jane@Customer.test", DeskUserRole.EndUser, 701, "u-2", "+1 555", found!.Tags,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)), found);
        Assert.Equal(["vip"], found.Tags);
        Assert.Equal(DeskUserRole.Agent, upserted.Role);
        var search = _host.Server.LogEntries.Select(e => e.RequestMessage!).Single(r => r.Path == "/api/v2/users/search.json");
        Assert.Equal("jane@customer.test", search.Query!["query"].Single());
        var body = Json.Parse(_host.Server.LogEntries.Select(e => e.RequestMessage!).Single(r => r.Method == "POST").Body).GetProperty("user");
        Assert.Equal("agent", body.GetProperty("role").GetString());
        Assert.Equal(701, body.GetProperty("organization_id").GetInt64());
    }

    [Fact]
    public async Task Organizations_are_found_by_external_id_listed_and_upserted()
    {
        Respond("/api/v2/organizations/search.json", "GET", 200, """{"organizations":[{"id":701,"name":"Acme","external_id":"acme_corp","domain_names":["acme.test"],"tags":["enterprise"],"notes":"Key account"}]}""");
        Respond("/api/v2/organizations.json", "GET", 200, """{"organizations":[{"id":701,"name":"Acme"},{"id":702,"name":"Beta"}],"meta":{"has_more":false,"after_cursor":"end"}}""");
        Respond("/api/v2/organizations/create_or_update.json", "POST", 200, """{"organization":{"id":703,"name":"Gamma","external_id":"gamma"}}""");

        var found = await Desk.FindOrganizationByExternalIdAsync("acme_corp");
        var page = await Desk.ListOrganizationsAsync(PageRequest.First(100));
        var upserted = await Desk.UpsertOrganizationAsync(new DeskOrganizationUpsert { Name = "Gamma", ExternalId = "gamma", DomainNames = ["gamma.test"] });

        Assert.Equal(701, found!.Id);
        Assert.Equal("acme_corp", found.ExternalId);
        Assert.Equal(["acme.test"], found.DomainNames);
        Assert.Equal("Key account", found.Notes);
        Assert.Equal([701L, 702L], page.Items.Select(o => o.Id));
        Assert.Null(page.NextCursor);
        Assert.Equal(703, upserted.Id);
        var search = _host.Server.LogEntries.Select(e => e.RequestMessage!).Single(r => r.Path == "/api/v2/organizations/search.json");
        Assert.Equal("acme_corp", search.Query!["external_id"].Single());
        var body = Json.Parse(_host.Server.LogEntries.Select(e => e.RequestMessage!).Single(r => r.Method == "POST").Body).GetProperty("organization");
        Assert.Equal("gamma", body.GetProperty("external_id").GetString());
        Assert.Equal(["gamma.test"], Json.Strings(body.GetProperty("domain_names")));
    }

    [Fact]
    public async Task Sla_policies_map_their_targets()
    {
        Respond("/api/v2/slas/policies.json", "GET", 200, """
            {"sla_policies":[{"id":25,"title":"Enterprise","description":"Key accounts","position":1,
            "filter":{"all":[],"any":[]},
            "policy_metrics":[{"priority":"urgent","metric":"first_reply_time","target":30,"business_hours":false},
                              {"priority":"high","metric":"requester_wait_time","target":480,"business_hours":true}],
            "created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-02T00:00:00Z"}]}
            """);
        Respond("/api/v2/slas/policies/26.json", "GET", 404, "{}");

        var policies = await Desk.ListSlaPoliciesAsync();
        var missing = await Desk.GetSlaPolicyAsync(26);

        var policy = Assert.Single(policies);
        Assert.Equal("Enterprise", policy.Title);
        Assert.Equal(1, policy.Position);
        Assert.Equal([new DeskSlaTarget(DeskTicketPriority.Urgent, "first_reply_time", 30, false),
            new DeskSlaTarget(DeskTicketPriority.High, "requester_wait_time", 480, true)], policy.Targets);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Help_center_articles_are_searched_created_and_updated()
    {
        const string article = """{"id":360,"title":"Reset your password","body":"<p>Steps</p>","locale":"en-us","section_id":44,"author_id":601,"draft":false,"label_names":["login"],"html_url":"https://acme.zendesk.com/hc/articles/360","vote_sum":3,"vote_count":5,"created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-05T00:00:00Z"}""";
        Respond("/api/v2/help_center/articles/search.json", "GET", 200, $$"""{"results":[{{article}}],"count":1,"next_page":null}""");
        Respond("/api/v2/help_center/sections/44/articles.json", "POST", 201, Wrap("article", article));
        Respond("/api/v2/help_center/articles/360/translations/en-us.json", "PUT", 200, """{"translation":{"id":1,"title":"Reset a password"}}""");
        Respond("/api/v2/help_center/articles/360.json", "PUT", 200, Wrap("article", article));
        Respond("/api/v2/help_center/en-us/articles/360.json", "GET", 200, Wrap("article", article.Replace("Reset your password", "Reset a password", StringComparison.Ordinal)));

        var found = await Desk.SearchArticlesAsync("password", PageRequest.First(10), "en-us");
        var created = await Desk.CreateArticleAsync(new NewHelpCenterArticle
        {
            SectionId = 44, Title = "Reset your password", Body = "<p>Steps</p>", PermissionGroupId = 12, Labels = ["login"],
        });
        var updated = await Desk.UpdateArticleAsync(360, new HelpCenterArticleUpdate { Title = "Reset a password", Labels = ["login", "account"] });

        var hit = Assert.Single(found.Items);
        Assert.Equal(new HelpCenterArticle(360, "Reset your password", "<p>Steps</p>", "en-us", 44, 601, false, hit.Labels,
            "https://acme.zendesk.com/hc/articles/360", 3, 5, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc)), hit);
        Assert.Null(found.NextCursor);
        Assert.Equal(360, created.Id);
        Assert.Equal("Reset a password", updated.Title);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal("password", requests.Single(r => r.Path.EndsWith("search.json", StringComparison.Ordinal)).Query!["query"].Single());
        var createBody = Json.Parse(requests.Single(r => r.Method == "POST").Body);
        Assert.Equal(12, createBody.GetProperty("article").GetProperty("permission_group_id").GetInt64());
        Assert.True(createBody.GetProperty("article").GetProperty("draft").GetBoolean());
        Assert.False(createBody.GetProperty("notify_subscribers").GetBoolean());
        var translation = Json.Parse(requests.Single(r => r.Path.Contains("translations", StringComparison.Ordinal)).Body).GetProperty("translation");
        Assert.Equal("Reset a password", translation.GetProperty("title").GetString());
        Assert.False(translation.TryGetProperty("body", out _));
        var labels = Json.Parse(requests.Single(r => r.Method == "PUT" && r.Path == "/api/v2/help_center/articles/360.json").Body);
        Assert.Equal(["login", "account"], Json.Strings(labels.GetProperty("article").GetProperty("label_names")));
    }

    private void Respond(string path, string method, int status, string body) =>
        _host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static string Wrap(string name, string json) => "{\"" + name + "\":" + json + "}";

    public void Dispose() => _host.Dispose();
}
