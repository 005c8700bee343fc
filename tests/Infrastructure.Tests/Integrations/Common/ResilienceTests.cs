using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Integrations.Http;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.Common;

/// <summary>Retry, timeout and circuit-breaker behaviour of the shared pipeline, seen through the Zendesk client.</summary>
public sealed class ResilienceTests
{
    private const string Path = "/api/v2/tickets/7.json";
    private const string TicketJson = """{"ticket":{"id":7,"subject":"S","status":"open","created_at":"2026-06-01T00:00:00Z","updated_at":"2026-06-01T00:00:00Z"}}""";

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_for_and_retried_once()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("rl").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("rl").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TicketJson));

        var ticket = await host.Get<ISupportDesk>().GetTicketAsync(7);

        Assert.Equal(7, ticket!.Id);
        Assert.Equal(2, host.RequestCount(Path));
        var first = host.Server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();
        Assert.True(first[1].RequestMessage!.DateTime - first[0].RequestMessage!.DateTime >= TimeSpan.FromMilliseconds(900),
            "the retry must wait for the Retry-After of 1 s");
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "429"));
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "200"));
        Assert.Equal(2, host.DurationCount(IntegrationNames.Zendesk, "GetTicket"));
        host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_budget_fails_at_once_saying_when_to_retry()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120"));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().GetTicketAsync(7));

        Assert.Equal(IntegrationFailure.RateLimited, error.Failure);
        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal("Zendesk is rate limiting this server (HTTP 429) while trying to read a ticket. Retry in 120 s.", error.Message);
        Assert.Equal(ErrorTypes.IntegrationUnavailable, error.ErrorType);
        Assert.Equal(1, host.RequestCount(Path));
    }

    [Fact]
    public async Task Server_errors_on_a_read_are_retried_until_success()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("5xx").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(500));
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("5xx").WhenStateIs("second").WillSetStateTo("third")
            .RespondWith(Response.Create().WithStatusCode(502));
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).InScenario("5xx").WhenStateIs("third")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TicketJson));

        var ticket = await host.Get<ISupportDesk>().GetTicketAsync(7);

        Assert.Equal(7, ticket!.Id);
        Assert.Equal(3, host.RequestCount(Path));
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "500"));
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "502"));
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "200"));
    }

    [Fact]
    public async Task Persistent_server_errors_give_up_after_three_retries()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(503));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().GetTicketAsync(7));

        Assert.Equal(IntegrationFailure.ServerError, error.Failure);
        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, host.RequestCount(Path));
        Assert.Equal(4, host.Calls(IntegrationNames.Zendesk, "GetTicket", "503"));
    }

    [Fact]
    public async Task A_401_is_not_retried_and_names_what_to_check()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithBody("""{"error":"Couldn't authenticate you"}"""));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().GetTicketAsync(7));

        Assert.Equal(IntegrationFailure.Unauthorized, error.Failure);
        Assert.Equal(401, error.StatusCode);
        Assert.Equal("Zendesk rejected the configured credentials (HTTP 401) while trying to read a ticket. "
            + "Check the Zendesk credentials the server was started with; nothing was changed.", error.Message);
        Assert.Equal(1, host.RequestCount(Path));
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "401"));
        Assert.DoesNotContain(IntegrationTestHost.ZendeskToken, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("authenticate", error.ToString(), StringComparison.Ordinal);
        host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task A_404_is_not_retried_and_a_read_returns_null()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(404));

        var ticket = await host.Get<ISupportDesk>().GetTicketAsync(7);

        Assert.Null(ticket);
        Assert.Equal(1, host.RequestCount(Path));
        Assert.Equal(1, host.Calls(IntegrationNames.Zendesk, "GetTicket", "404"));
    }

    [Fact]
    public async Task A_404_on_a_write_is_a_not_found_error()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingPut()).RespondWith(Response.Create().WithStatusCode(404));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().UpdateTicketAsync(7,
            new Application.Common.Integrations.SupportDesk.DeskTicketUpdate { Comment = new("hello") }));

        Assert.Equal(IntegrationFailure.NotFound, error.Failure);
        Assert.Equal("Zendesk has no such resource (HTTP 404) for update a ticket. Check the id, or that the configured account can see it.", error.Message);
        Assert.Equal(1, host.RequestCount(Path));
    }

    [Fact]
    public async Task A_write_without_idempotency_is_not_retried_after_a_server_error()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingPut()).RespondWith(Response.Create().WithStatusCode(503));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().UpdateTicketAsync(7,
            new Application.Common.Integrations.SupportDesk.DeskTicketUpdate { Comment = new("hello") }));

        Assert.Equal(IntegrationFailure.ServerError, error.Failure);
        Assert.Equal(1, host.RequestCount(Path));
    }

    [Fact]
    public async Task A_write_is_retried_after_a_429_because_the_vendor_did_not_process_it()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath(Path).UsingPut()).InScenario("put").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(429));
        host.Server.Given(Request.Create().WithPath(Path).UsingPut()).InScenario("put").WhenStateIs("ok")
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(TicketJson));

        var ticket = await host.Get<ISupportDesk>().UpdateTicketAsync(7,
            new Application.Common.Integrations.SupportDesk.DeskTicketUpdate { Comment = new("hello") });

        Assert.Equal(7, ticket.Id);
        Assert.Equal(2, host.RequestCount(Path));
    }

    [Fact]
    public async Task A_slow_vendor_times_out_per_attempt_and_every_attempt_is_recorded_as_exception()
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?>
        {
            ["CSMCP_INTEGRATION_ATTEMPT_TIMEOUT_MS"] = "500",
            ["CSMCP_INTEGRATION_TOTAL_TIMEOUT_MS"] = "10000",
            ["CSMCP_INTEGRATION_MAX_RETRIES"] = "1",
        });
        host.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)).WithBody(TicketJson));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().GetTicketAsync(7));

        Assert.Equal(IntegrationFailure.Timeout, error.Failure);
        Assert.Equal("Zendesk did not answer in time to read a ticket. It may be slow or down; try again later.", error.Message);
        Assert.Equal(2, host.Calls(IntegrationNames.Zendesk, "GetTicket", PlatformApiTimingHandler.ExceptionStatus));
        Assert.Equal(2, host.DurationCount(IntegrationNames.Zendesk, "GetTicket"));
    }

    [Fact]
    public async Task The_total_timeout_bounds_the_whole_call()
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?>
        {
            ["CSMCP_INTEGRATION_ATTEMPT_TIMEOUT_MS"] = "1000",
            ["CSMCP_INTEGRATION_TOTAL_TIMEOUT_MS"] = "1500",
        });
        host.Server.Given(Request.Create().WithPath(Path).UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(5)).WithBody(TicketJson));

        var error = await Assert.ThrowsAsync<IntegrationException>(() => host.Get<ISupportDesk>().GetTicketAsync(7));

        Assert.Equal(IntegrationFailure.Timeout, error.Failure);
        // The first attempt times out at 1 s; its retry is cut off by the 1.5 s total.
        Assert.Equal(2, host.Calls(IntegrationNames.Zendesk, "GetTicket", PlatformApiTimingHandler.ExceptionStatus));
    }

    [Fact]
    public async Task Repeated_failures_open_the_circuit_and_later_calls_are_not_sent()
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?> { ["CSMCP_INTEGRATION_RETRY_DELAY_MS"] = "1" });
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(500));
        var desk = host.Get<ISupportDesk>();
        var status = host.Get<IIntegrationStatus>();
        Assert.Equal(CircuitState.Closed, status.GetStates().Single(s => s.Integration == IntegrationNames.Zendesk).Circuit);

        var failures = new List<IntegrationFailure>();
        for (var call = 0; call < 4; call++)
            failures.Add((await Assert.ThrowsAsync<IntegrationException>(() => desk.GetTicketAsync(7))).Failure);
        var sent = host.RequestCount(Path);
        var rejected = await Assert.ThrowsAsync<IntegrationException>(() => desk.GetTicketAsync(7));

        Assert.Equal(10, sent);
        Assert.Equal([IntegrationFailure.ServerError, IntegrationFailure.ServerError, IntegrationFailure.CircuitOpen, IntegrationFailure.CircuitOpen], failures);
        Assert.Equal(IntegrationFailure.CircuitOpen, rejected.Failure);
        Assert.StartsWith("Calls to Zendesk are paused after repeated failures (circuit breaker open)", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(sent, host.RequestCount(Path));
        Assert.Equal(10, host.Calls(IntegrationNames.Zendesk, "GetTicket", "500"));
        var zendesk = status.GetStates().Single(s => s.Integration == IntegrationNames.Zendesk);
        Assert.Equal(CircuitState.Open, zendesk.Circuit);
        Assert.True(zendesk.Configured);
        Assert.Equal(CircuitState.Closed, status.GetStates().Single(s => s.Integration == IntegrationNames.Intercom).Circuit);
    }

    [Fact]
    public async Task Slow_calls_are_logged_with_integration_and_endpoint_only()
    {
        using var host = new IntegrationTestHost(new Dictionary<string, string?>
        {
            ["CSMCP_SLOW_API_WARNING_MS"] = "50",
            ["CSMCP_SLOW_API_ERROR_MS"] = "60000",
        });
        host.Server.Given(Request.Create().WithPath(Path).UsingGet()).RespondWith(Response.Create().WithStatusCode(200)
            .WithDelay(TimeSpan.FromMilliseconds(150)).WithHeader("Content-Type", "application/json").WithBody(TicketJson));

        await host.Get<ISupportDesk>().GetTicketAsync(7);

        var line = Assert.Single(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains("Slow zendesk call: GetTicket answered 200 after", line, StringComparison.Ordinal);
        Assert.Contains("(threshold 50 ms)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/v2", line, StringComparison.Ordinal);
        host.AssertNoSecretLogged();
    }
}
