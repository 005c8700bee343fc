using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Messaging;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.Intercom;

public sealed class IntercomMessagingTests : IDisposable
{
    private const string Contact = """
        {"type":"contact","id":"c-1","role":"user","external_id":"acme-u1","email":"jane@customer.test","name":"Jane Doe","phone":null,
        "created_at":1767225600,"updated_at":1767312000,"signed_up_at":1767225600,"last_seen_at":1767398400,"last_replied_at":null,"last_contacted_at":0,
        "custom_attributes":{"plan":"enterprise","seats":25}}
        """;

    private readonly IntegrationTestHost _host = new();

    private IMessaging Messaging => _host.Get<IMessaging>();

    [Fact]
    public async Task Contacts_are_searched_by_email_with_bearer_auth_and_the_api_version()
    {
        Respond("/contacts/search", "POST", 200, "{\"type\":\"list\",\"data\":[" + Contact + "],\"total_count\":1,\"pages\":{\"next\":null}}");

        var contact = await Messaging.FindContactByEmailAsync(" jane@customer.test ");

        Assert.NotNull(contact);
        Assert.Equal("c-1", contact.Id);
        Assert.Equal(MessagingContactRole.User, contact.Role);
        Assert.Equal("acme-u1", contact.ExternalId);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), contact.CreatedAt);
        Assert.Equal(new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc), contact.LastSeenAt);
        Assert.Null(contact.LastRepliedAt);
        Assert.Null(contact.LastContactedAt);
        Assert.Equal("enterprise", contact.CustomAttributes["plan"]);
        Assert.Equal("25", contact.CustomAttributes["seats"]);
        var request = _host.Server.LogEntries.Single().RequestMessage!;
        Assert.Equal($"Bearer {IntegrationTestHost.IntercomToken}", request.Headers!["Authorization"].Single());
        Assert.Equal("2.11", request.Headers["Intercom-Version"].Single());
        var body = Json.Parse(request.Body);
        Assert.Equal("email", body.GetProperty("query").GetProperty("field").GetString());
        Assert.Equal("=", body.GetProperty("query").GetProperty("operator").GetString());
        Assert.Equal("jane@customer.test", body.GetProperty("query").GetProperty("value").GetString());
        Assert.Equal(1, _host.Calls(IntegrationNames.Intercom, "SearchContacts", "200"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task Get_contact_reads_the_contact_by_id_with_bearer_auth_and_maps_it()
    {
        Respond("/contacts/c-1", "GET", 200, Contact);
        Respond("/contacts/lead-7", "GET", 200, """{"type":"contact","id":"lead-7","role":"lead","email":null,"created_at":1767225600,"last_replied_at":1767312000,"custom_attributes":{}}""");

        var contact = await Messaging.GetContactAsync("c-1");
        var lead = await Messaging.GetContactAsync("lead-7");

        Assert.Equal(("c-1", MessagingContactRole.User, "acme-u1", "jane@customer.test", "Jane Doe", (string?)null), (contact!.Id, contact.Role, contact.ExternalId, contact.Email, contact.Name, contact.Phone));
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), contact.CreatedAt);
        Assert.Equal(new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), contact.UpdatedAt);
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), contact.SignedUpAt);
        Assert.Equal(new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc), contact.LastSeenAt);
        Assert.Equal(((DateTime?)null, (DateTime?)null), (contact.LastRepliedAt, contact.LastContactedAt));
        Assert.Equal(("enterprise", "25"), (contact.CustomAttributes["plan"], contact.CustomAttributes["seats"]));
        Assert.Equal(("lead-7", MessagingContactRole.Lead, (string?)null, new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc)), (lead!.Id, lead.Role, lead.Email, lead.LastRepliedAt));
        Assert.Empty(lead.CustomAttributes);
        var request = _host.Server.LogEntries.Select(e => e.RequestMessage!).Single(r => r.Path == "/contacts/c-1");
        Assert.Equal("GET", request.Method);
        Assert.Equal($"Bearer {IntegrationTestHost.IntercomToken}", request.Headers!["Authorization"].Single());
        Assert.Equal("2.11", request.Headers["Intercom-Version"].Single());
        Assert.Equal(2, _host.Calls(IntegrationNames.Intercom, "GetContact", "200"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task A_missing_contact_is_null_and_not_retried()
    {
        Respond("/contacts/gone", "GET", 404, """{"type":"error.list","errors":[{"code":"not_found","message":"User Not Found"}]}""");

        Assert.Null(await Messaging.GetContactAsync("gone"));
        Assert.Equal(1, _host.RequestCount("/contacts/gone"));
        Assert.Equal(1, _host.Calls(IntegrationNames.Intercom, "GetContact", "404"));
    }

    [Fact]
    public async Task Search_contacts_combines_criteria_and_follows_the_cursor()
    {
        Respond("/contacts/search", "POST", 200, "{\"type\":\"list\",\"data\":[" + Contact + "],\"total_count\":80,\"pages\":{\"next\":{\"page\":2,\"starting_after\":\"WzE3\"}}}");

        var page = await Messaging.SearchContactsAsync(
            new MessagingContactSearch { ExternalId = "acme-u1", UpdatedSince = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
            new PageRequest("abc", 500));

        Assert.Equal("WzE3", page.NextCursor);
        Assert.Equal(80, page.TotalCount);
        var body = Json.Parse(_host.Server.LogEntries.Single().RequestMessage!.Body);
        Assert.Equal("AND", body.GetProperty("query").GetProperty("operator").GetString());
        var filters = body.GetProperty("query").GetProperty("value");
        Assert.Equal("external_id", filters[0].GetProperty("field").GetString());
        Assert.Equal("updated_at", filters[1].GetProperty("field").GetString());
        Assert.Equal(">", filters[1].GetProperty("operator").GetString());
        Assert.Equal(1767225599, filters[1].GetProperty("value").GetInt64());
        Assert.Equal(150, body.GetProperty("pagination").GetProperty("per_page").GetInt32());
        Assert.Equal("abc", body.GetProperty("pagination").GetProperty("starting_after").GetString());
    }

    [Fact]
    public async Task Upsert_updates_the_contact_found_by_external_id_and_creates_otherwise()
    {
        _host.Server.Given(Request.Create().WithPath("/contacts/search").UsingPost().WithBody(b => b!.Contains("acme-u1", StringComparison.Ordinal)))
            .RespondWith(Json200("{\"data\":[" + Contact + "]}"));
        _host.Server.Given(Request.Create().WithPath("/contacts/search").UsingPost().WithBody(b => !b!.Contains("acme-u1", StringComparison.Ordinal)))
            .RespondWith(Json200("{\"data\":[]}"));
        Respond("/contacts/c-1", "PUT", 200, Contact);
        Respond("/contacts", "POST", 200, Contact.Replace("c-1", "c-2", StringComparison.Ordinal));

        var updated = await Messaging.UpsertContactAsync(new MessagingContactUpsert
        {
            ExternalId = "acme-u1", Email = "jane@customer.test", Name = "Jane Doe",
            SignedUpAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            CustomAttributes = new Dictionary<string, object?> { ["plan"] = "enterprise", ["seats"] = 25, ["active"] = true },
        });
        var created = await Messaging.UpsertContactAsync(new MessagingContactUpsert { ExternalId = "acme-u9", Email = "new@customer.test", Role = MessagingContactRole.Lead });

        Assert.Equal("c-1", updated.Id);
        Assert.Equal("c-2", created.Id);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        var put = Json.Parse(requests.Single(r => r.Method == "PUT").Body);
        Assert.Equal("user", put.GetProperty("role").GetString());
        Assert.Equal(1767225600, put.GetProperty("signed_up_at").GetInt64());
        Assert.Equal(25, put.GetProperty("custom_attributes").GetProperty("seats").GetInt32());
        Assert.True(put.GetProperty("custom_attributes").GetProperty("active").GetBoolean());
        var post = Json.Parse(requests.Single(r => r.Method == "POST" && r.Path == "/contacts").Body);
        Assert.Equal("lead", post.GetProperty("role").GetString());
        Assert.Equal("acme-u9", post.GetProperty("external_id").GetString());
        Assert.Equal(3, requests.Count(r => r.Path == "/contacts/search"));
    }

    [Fact]
    public async Task Companies_are_found_upserted_and_attached()
    {
        const string company = """{"type":"company","id":"6f1","company_id":"acme_corp","name":"Acme","plan":{"type":"plan","id":"1","name":"Enterprise"},"monthly_spend":1200,"size":250,"industry":"Software","website":"https://acme.test","user_count":40,"session_count":900,"created_at":1767225600,"updated_at":1767312000,"last_request_at":1767398400}""";
        Respond("/companies", "GET", 200, company);
        Respond("/companies", "POST", 200, company);
        Respond("/contacts/c-1/companies", "POST", 200, company);

        var found = await Messaging.FindCompanyAsync("acme_corp");
        var upserted = await Messaging.UpsertCompanyAsync(new MessagingCompanyUpsert { CompanyId = "acme_corp", Name = "Acme", Plan = "Enterprise", MonthlySpend = 1200m, Size = 250 });
        await Messaging.AttachContactToCompanyAsync("c-1", "6f1");

        Assert.Equal(new MessagingCompany("6f1", "acme_corp", "Acme", "Enterprise", 1200m, 250, "Software", "https://acme.test", 40, 900,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 3, 0, 0, 0, DateTimeKind.Utc)), found);
        Assert.Equal("6f1", upserted.Id);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal("acme_corp", requests.Single(r => r.Method == "GET").Query!["company_id"].Single());
        var write = Json.Parse(requests.Single(r => r.Method == "POST" && r.Path == "/companies").Body);
        Assert.Equal("acme_corp", write.GetProperty("company_id").GetString());
        Assert.Equal("Enterprise", write.GetProperty("plan").GetString());
        Assert.Equal(1200m, write.GetProperty("monthly_spend").GetDecimal());
        Assert.Equal("6f1", Json.Parse(requests.Single(r => r.Path == "/contacts/c-1/companies").Body).GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_missing_company_is_null()
    {
        Respond("/companies", "GET", 404, """{"type":"error.list","errors":[{"code":"company_not_found","message":"Company Not Found"}]}""");

        Assert.Null(await Messaging.FindCompanyAsync("nope"));
        Assert.Equal(1, _host.Calls(IntegrationNames.Intercom, "FindCompany", "404"));
    }

    [Fact]
    public async Task Conversations_are_listed_and_searched_by_contact_and_state()
    {
        const string conversation = """
            {"type":"conversation","id":"123","title":"Export broken","state":"snoozed","read":true,"priority":"priority","admin_assignee_id":991,
            "contacts":{"type":"contact.list","contacts":[{"type":"contact","id":"c-1","external_id":"acme-u1"}]},
            "tags":{"type":"tag.list","tags":[{"type":"tag","id":"7","name":"bug"}]},
            "created_at":1767225600,"updated_at":1767312000,"waiting_since":1767300000}
            """;
        Respond("/conversations", "GET", 200, "{\"type\":\"conversation.list\",\"conversations\":[" + conversation + "],\"total_count\":3,\"pages\":{\"type\":\"pages\",\"next\":{\"per_page\":1,\"starting_after\":\"c2Vj\"}}}");
        Respond("/conversations/search", "POST", 200, "{\"type\":\"conversation.list\",\"conversations\":[" + conversation + "],\"total_count\":1,\"pages\":{}}");

        var listed = await Messaging.ListConversationsAsync(new PageRequest(null, 1));
        var searched = await Messaging.SearchConversationsAsync(new MessagingConversationSearch { ContactId = "c-1", State = MessagingConversationState.Snoozed }, PageRequest.First());

        var item = Assert.Single(listed.Items);
        Assert.Equal(new MessagingConversation("123", "Export broken", MessagingConversationState.Snoozed, true, true, "991", item.ContactIds, item.Tags,
            new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc),
            DateTimeOffset.FromUnixTimeSeconds(1767300000).UtcDateTime), item);
        Assert.Equal(["c-1"], item.ContactIds);
        Assert.Equal(["bug"], item.Tags);
        Assert.Equal("c2Vj", listed.NextCursor);
        Assert.Null(searched.NextCursor);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal("1", requests.Single(r => r.Method == "GET").Query!["per_page"].Single());
        var filters = Json.Parse(requests.Single(r => r.Method == "POST").Body).GetProperty("query").GetProperty("value");
        Assert.Equal("contact_ids", filters[0].GetProperty("field").GetString());
        Assert.Equal("c-1", filters[0].GetProperty("value").GetString());
        Assert.Equal("snoozed", filters[1].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Notes_and_messages_are_written_by_the_configured_admin()
    {
        Respond("/contacts/c-1/notes", "POST", 200, """{"type":"note","id":"n-5","created_at":1767225600,"contact":{"type":"contact","id":"c-1"},"author":{"type":"admin","id":"991"},"body":"<p>QBR done</p>"}""");
        Respond("/messages", "POST", 200, """{"type":"admin_message","id":"m-8","created_at":1767225600,"message_type":"email","conversation_id":"conv-9"}""");

        var note = await Messaging.AddNoteAsync("c-1", "<p>QBR done</p>");
        var message = await Messaging.SendAdminMessageAsync(new AdminMessage { ContactId = "c-1", Channel = MessagingChannel.Email, Subject = "Your QBR", Body = "Hi Jane" });

        Assert.Equal(new MessagingNote("n-5", "c-1", "<p>QBR done</p>", "991", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), note);
        Assert.Equal(new MessagingMessage("m-8", "conv-9", MessagingChannel.Email, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), message);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal("991", Json.Parse(requests.Single(r => r.Path == "/contacts/c-1/notes").Body).GetProperty("admin_id").GetString());
        var sent = Json.Parse(requests.Single(r => r.Path == "/messages").Body);
        Assert.Equal("email", sent.GetProperty("message_type").GetString());
        Assert.Equal("Your QBR", sent.GetProperty("subject").GetString());
        Assert.Equal("plain", sent.GetProperty("template").GetString());
        Assert.Equal("admin", sent.GetProperty("from").GetProperty("type").GetString());
        Assert.Equal("991", sent.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user", sent.GetProperty("to").GetProperty("type").GetString());
        Assert.Equal("c-1", sent.GetProperty("to").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Without_an_admin_id_the_token_owner_authors_the_note()
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?> { ["INTERCOM_ADMIN_ID"] = null });
        host.Server.Given(Request.Create().WithPath("/me").UsingGet()).RespondWith(Json200("""{"type":"admin","id":"4242","name":"Bot"}"""));
        host.Server.Given(Request.Create().WithPath("/contacts/c-1/notes").UsingPost())
            .RespondWith(Json200("""{"type":"note","id":"n-1","created_at":1767225600,"author":{"id":"4242"},"body":"x"}"""));

        await host.Get<IMessaging>().AddNoteAsync("c-1", "x");
        await host.Get<IMessaging>().AddNoteAsync("c-1", "x");

        Assert.Equal(1, host.RequestCount("/me"));
        Assert.All(host.Server.LogEntries.Where(e => e.RequestMessage!.Path == "/contacts/c-1/notes"),
            e => Assert.Equal("4242", Json.Parse(e.RequestMessage!.Body).GetProperty("admin_id").GetString()));
    }

    [Fact]
    public async Task Events_are_recorded_and_tags_attached_and_removed()
    {
        _host.Server.Given(Request.Create().WithPath("/events").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        Respond("/tags", "POST", 200, """{"type":"tag","id":"17","name":"champion"}""");
        Respond("/contacts/c-1/tags", "POST", 200, """{"type":"tag","id":"17","name":"champion"}""");
        Respond("/tags", "GET", 200, """{"type":"list","data":[{"type":"tag","id":"17","name":"Champion"}]}""");
        Respond("/contacts/c-1/tags/17", "DELETE", 200, """{"type":"tag","id":"17","name":"champion"}""");

        await Messaging.RecordEventAsync(new MessagingEvent
        {
            EventName = "qbr-completed", OccurredAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), ExternalId = "acme-u1",
            Metadata = new Dictionary<string, object?> { ["score"] = 9, ["quarter"] = "Q1" },
        });
        var tag = await Messaging.TagContactAsync("c-1", "champion");
        var removed = await Messaging.UntagContactAsync("c-1", "champion");
        var absent = await Messaging.UntagContactAsync("c-1", "detractor");

        Assert.Equal(new MessagingTag("17", "champion"), tag);
        Assert.True(removed);
        Assert.False(absent);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        var sentEvent = Json.Parse(requests.Single(r => r.Path == "/events").Body);
        Assert.Equal("qbr-completed", sentEvent.GetProperty("event_name").GetString());
        Assert.Equal(1767225600, sentEvent.GetProperty("created_at").GetInt64());
        Assert.Equal("acme-u1", sentEvent.GetProperty("user_id").GetString());
        Assert.False(sentEvent.TryGetProperty("email", out _));
        Assert.Equal(9, sentEvent.GetProperty("metadata").GetProperty("score").GetInt32());
        Assert.Equal("17", Json.Parse(requests.Single(r => r.Path == "/contacts/c-1/tags").Body).GetProperty("id").GetString());
        Assert.Equal(1, requests.Count(r => r.Method == "DELETE"));
    }

    [Fact]
    public async Task Admins_are_listed()
    {
        Respond("/admins", "GET", 200, """{"type":"admin.list","admins":[{"type":"admin","id":"991","name":"Ana","email":"ana@acme.test","job_title":"CSM","away_mode_enabled":true}]}""");

        var admins = await Messaging.ListAdminsAsync();

        Assert.Equal([new MessagingAdmin("991", "Ana", "ana@acme.test", "CSM", true)], admins);
    }

    [Fact]
    public async Task Email_messages_need_a_subject()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Messaging.SendAdminMessageAsync(new AdminMessage { ContactId = "c-1", Channel = MessagingChannel.Email, Body = "Hi" }));

        Assert.Equal("Invalid arguments: subject: an e-mail message needs a subject", error.Message);
        Assert.Empty(_host.Server.LogEntries);
    }

    private void Respond(string path, string method, int status, string body) =>
        _host.Server.Given(Request.Create().WithPath(path).UsingMethod(method))
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static IResponseBuilder Json200(string body) =>
        Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose() => _host.Dispose();
}
