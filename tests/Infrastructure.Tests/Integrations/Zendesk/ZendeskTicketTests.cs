using System.Text;
using System.Text.Json;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.SupportDesk;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.Zendesk;

public sealed class ZendeskTicketTests : IDisposable
{
    private const string TicketJson = """
        {"ticket":{"id":4711,"subject":"Login fails","description":"Cannot log in since Monday","status":"open","priority":"high",
        "type":"incident","requester_id":501,"assignee_id":601,"organization_id":701,"external_id":"TKT-1","tags":["login","vip"],
        "created_at":"2026-06-01T08:30:00Z","updated_at":"2026-06-02T09:45:00Z"}}
        """;

    private readonly IntegrationTestHost _host = new();

    private static string ExpectedAuthorization =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"agent@acme.test/token:{IntegrationTestHost.ZendeskToken}"));

    [Fact]
    public async Task Get_ticket_sends_basic_auth_and_maps_the_ticket()
    {
        _host.Server.Given(Request.Create().WithPath("/api/v2/tickets/4711.json").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TicketJson));

        var ticket = await _host.Get<ISupportDesk>().GetTicketAsync(4711);

        Assert.NotNull(ticket);
        Assert.Equal(4711, ticket.Id);
        Assert.Equal("Login fails", ticket.Subject);
        Assert.Equal("Cannot log in since Monday", ticket.Description);
        Assert.Equal(DeskTicketStatus.Open, ticket.Status);
        Assert.Equal(DeskTicketPriority.High, ticket.Priority);
        Assert.Equal("incident", ticket.Type);
        Assert.Equal(501, ticket.RequesterId);
        Assert.Equal(601, ticket.AssigneeId);
        Assert.Equal(701, ticket.OrganizationId);
        Assert.Equal("TKT-1", ticket.ExternalId);
        Assert.Equal(["login", "vip"], ticket.Tags);
        Assert.Equal(new DateTime(2026, 6, 1, 8, 30, 0, DateTimeKind.Utc), ticket.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, ticket.CreatedAt.Kind);
        Assert.Equal(new DateTime(2026, 6, 2, 9, 45, 0, DateTimeKind.Utc), ticket.UpdatedAt);
        Assert.Equal($"{_host.Server.Url}/agent/tickets/4711", ticket.AgentUrl);

        var request = Assert.Single(_host.Server.LogEntries).RequestMessage!;
        Assert.Equal(ExpectedAuthorization, request.Headers!["Authorization"].Single());
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "GetTicket", "200"));
        Assert.Equal(1, _host.DurationCount(IntegrationNames.Zendesk, "GetTicket"));
        _host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task Create_ticket_posts_the_ticket_with_an_idempotency_key_and_is_retried_after_a_503()
    {
        _host.Server.Given(Request.Create().WithPath("/api/v2/tickets.json").UsingPost())
            .InScenario("create").WillSetStateTo("retried")
            .RespondWith(Response.Create().WithStatusCode(503));
        _host.Server.Given(Request.Create().WithPath("/api/v2/tickets.json").UsingPost())
            .InScenario("create").WhenStateIs("retried")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(TicketJson));

        var ticket = await _host.Get<ISupportDesk>().CreateTicketAsync(new NewDeskTicket
        {
            Subject = "Login fails",
            Description = "Cannot log in since Monday",
            RequesterEmail = "jane@customer.test",
            RequesterName = "Jane Doe",
            Priority = DeskTicketPriority.High,
            OrganizationId = 701,
            ExternalId = "TKT-1",
            Tags = ["login", "vip"],
            CustomFields = new Dictionary<long, string> { [360001] = "enterprise" },
            IdempotencyKey = "create-TKT-1",
        });

        Assert.Equal(4711, ticket.Id);
        var requests = _host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r => Assert.Equal("create-TKT-1", r.Headers!["Idempotency-Key"].Single()));
        using var body = JsonDocument.Parse(requests[1].Body!);
        var sent = body.RootElement.GetProperty("ticket");
        Assert.Equal("Login fails", sent.GetProperty("subject").GetString());
        Assert.Equal("Cannot log in since Monday", sent.GetProperty("comment").GetProperty("body").GetString());
        Assert.True(sent.GetProperty("comment").GetProperty("public").GetBoolean());
        Assert.Equal("high", sent.GetProperty("priority").GetString());
        Assert.Equal("jane@customer.test", sent.GetProperty("requester").GetProperty("email").GetString());
        Assert.Equal("Jane Doe", sent.GetProperty("requester").GetProperty("name").GetString());
        Assert.Equal(701, sent.GetProperty("organization_id").GetInt64());
        Assert.Equal("TKT-1", sent.GetProperty("external_id").GetString());
        Assert.Equal(["login", "vip"], sent.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(360001, sent.GetProperty("custom_fields")[0].GetProperty("id").GetInt64());
        Assert.Equal("enterprise", sent.GetProperty("custom_fields")[0].GetProperty("value").GetString());
        Assert.False(sent.TryGetProperty("status", out _));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "CreateTicket", "503"));
        Assert.Equal(1, _host.Calls(IntegrationNames.Zendesk, "CreateTicket", "201"));
        _host.AssertNoSecretLogged();
    }

    public void Dispose() => _host.Dispose();
}
