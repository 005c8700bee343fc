using System.Text;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Integrations.Analytics;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Infrastructure.Tests.Integrations.Common;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace CsMcp.Infrastructure.Tests.Integrations.Mixpanel;

public sealed class MixpanelAnalyticsTests
{
    private static readonly DateTime Occurred = new(2026, 6, 14, 9, 30, 0, DateTimeKind.Utc);

    private static string ServiceAccountAuthorization =>
        "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"csmcp.sa:{IntegrationTestHost.MixpanelSecret}"));

    [Fact]
    public async Task With_a_service_account_events_are_imported_strictly_with_insert_ids()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath("/import").UsingPost())
            .RespondWith(Reply(200, """{"code":200,"num_records_imported":2,"status":"OK"}"""));

        var result = await host.Get<IProductAnalytics>().TrackEventsAsync(
        [
            new AnalyticsEvent { Name = "Report Exported", DistinctId = "u-1", OccurredAt = Occurred, Properties = new Dictionary<string, object?> { ["client_id"] = "acme_corp", ["rows"] = 120 } },
            new AnalyticsEvent { Name = "Login", DistinctId = "u-2", OccurredAt = Occurred, InsertId = "fixed-id-1" },
        ]);

        Assert.Equal(new AnalyticsIngestResult(2, 2, result.Rejected, "import"), result);
        Assert.Empty(result.Rejected);
        var request = host.Server.LogEntries.Single().RequestMessage!;
        Assert.Equal(ServiceAccountAuthorization, request.Headers!["Authorization"].Single());
        Assert.Equal("1", request.Query!["strict"].Single());
        Assert.Equal("31337", request.Query["project_id"].Single());
        var events = Json.Parse(request.Body);
        Assert.Equal("Report Exported", events[0].GetProperty("event").GetString());
        var properties = events[0].GetProperty("properties");
        Assert.Equal("u-1", properties.GetProperty("distinct_id").GetString());
        Assert.Equal(new DateTimeOffset(Occurred).ToUnixTimeMilliseconds(), properties.GetProperty("time").GetInt64());
        Assert.Equal(32, properties.GetProperty("$insert_id").GetString()!.Length);
        Assert.Equal("acme_corp", properties.GetProperty("client_id").GetString());
        Assert.Equal(120, properties.GetProperty("rows").GetInt32());
        Assert.False(properties.TryGetProperty("token", out _));
        Assert.Equal("fixed-id-1", events[1].GetProperty("properties").GetProperty("$insert_id").GetString());
        Assert.Equal(1, host.Calls(IntegrationNames.Mixpanel, "Import", "200"));
        host.AssertNoSecretLogged();
    }

    [Fact]
    public async Task The_same_event_always_gets_the_same_insert_id_so_a_resend_is_deduplicated()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath("/import").UsingPost()).RespondWith(Reply(200, """{"code":200,"num_records_imported":1,"status":"OK"}"""));
        var analyticsEvent = new AnalyticsEvent { Name = "Login", DistinctId = "u-2", OccurredAt = Occurred };

        await host.Get<IProductAnalytics>().TrackEventsAsync([analyticsEvent]);
        await host.Get<IProductAnalytics>().TrackEventsAsync([analyticsEvent with { }]);

        var ids = host.Server.LogEntries.Select(e => Json.Parse(e.RequestMessage!.Body)[0].GetProperty("properties").GetProperty("$insert_id").GetString()).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0], ids[1]);
    }

    [Fact]
    public async Task A_partial_import_reports_the_refused_events()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath("/import").UsingPost()).RespondWith(Reply(400, """
            {"code":400,"num_records_imported":1,"status":"Bad Request","error":"some data points in the request failed validation",
            "failed_records":[{"index":1,"$insert_id":"bad-1","field":"properties.time","message":"'properties.time' is invalid: must be specified as seconds since epoch"}]}
            """));

        var result = await host.Get<IProductAnalytics>().TrackEventsAsync(
        [
            new AnalyticsEvent { Name = "Login", DistinctId = "u-1", OccurredAt = Occurred },
            new AnalyticsEvent { Name = "Login", DistinctId = "u-2", OccurredAt = Occurred, InsertId = "bad-1" },
        ]);

        Assert.Equal(2, result.Submitted);
        Assert.Equal(1, result.Accepted);
        Assert.Equal([new AnalyticsRejectedEvent(1, "bad-1", "'properties.time' is invalid: must be specified as seconds since epoch")], result.Rejected);
        Assert.Equal(1, host.RequestCount("/import"));
    }

    [Fact]
    public async Task With_only_the_project_token_recent_events_go_to_track()
    {
        using var host = new IntegrationTestHost(TokenOnly(), time: new FixedTime(new DateTimeOffset(Occurred.AddHours(1))));
        host.Server.Given(Request.Create().WithPath("/track").UsingPost()).RespondWith(Reply(200, """{"status":1,"error":null}"""));

        var result = await host.Get<IProductAnalytics>().TrackEventsAsync([new AnalyticsEvent { Name = "Login", DistinctId = "u-1", OccurredAt = Occurred }]);

        Assert.Equal(new AnalyticsIngestResult(1, 1, result.Rejected, "track"), result);
        var request = host.Server.LogEntries.Single().RequestMessage!;
        Assert.False(request.Headers!.ContainsKey("Authorization"));
        Assert.Equal("1", request.Query!["verbose"].Single());
        Assert.Equal(IntegrationTestHost.MixpanelToken, Json.Parse(request.Body)[0].GetProperty("properties").GetProperty("token").GetString());
    }

    [Fact]
    public async Task Old_events_without_a_service_account_are_refused_naming_the_variables()
    {
        using var host = new IntegrationTestHost(TokenOnly(), time: new FixedTime(new DateTimeOffset(Occurred.AddDays(6))));

        var error = await Assert.ThrowsAsync<IntegrationNotConfiguredException>(() =>
            host.Get<IProductAnalytics>().TrackEventsAsync([new AnalyticsEvent { Name = "Login", DistinctId = "u-1", OccurredAt = Occurred }]));

        Assert.Equal("Mixpanel import of events older than 5 days is not configured: set MIXPANEL_SERVICE_ACCOUNT, MIXPANEL_SERVICE_ACCOUNT_SECRET "
            + "and MIXPANEL_PROJECT_ID in the server's environment (or configuration) and restart the server. Nothing was sent.", error.Message);
        Assert.Equal(ErrorTypes.IntegrationNotConfigured, error.ErrorType);
        Assert.Empty(host.Server.LogEntries);
    }

    [Fact]
    public async Task Profiles_are_updated_through_engage()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath("/engage").UsingPost()).RespondWith(Reply(200, """{"status":1,"error":null}"""));

        await host.Get<IProductAnalytics>().UpdateProfileAsync(new AnalyticsProfileUpdate
        {
            DistinctId = "u-1",
            Set = new Dictionary<string, object?> { ["plan"] = "enterprise", ["renewal"] = new DateOnly(2026, 12, 31) },
            SetOnce = new Dictionary<string, object?> { ["first_seen"] = Occurred },
            Unset = ["legacy_flag"],
        });

        var updates = Json.Parse(host.Server.LogEntries.Single().RequestMessage!.Body);
        Assert.Equal(3, updates.GetArrayLength());
        Assert.Equal(IntegrationTestHost.MixpanelToken, updates[0].GetProperty("$token").GetString());
        Assert.Equal("u-1", updates[0].GetProperty("$distinct_id").GetString());
        Assert.Equal("enterprise", updates[0].GetProperty("$set").GetProperty("plan").GetString());
        Assert.Equal("2026-12-31", updates[0].GetProperty("$set").GetProperty("renewal").GetString());
        Assert.Equal("2026-06-14T09:30:00", updates[1].GetProperty("$set_once").GetProperty("first_seen").GetString());
        Assert.Equal(["legacy_flag"], Json.Strings(updates[2].GetProperty("$unset")));
    }

    [Fact]
    public async Task Active_users_per_client_come_from_the_segmentation_query()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath("/api/query/segmentation").UsingGet()).RespondWith(Reply(200, """
            {"data":{"series":["2026-06-01","2026-06-02","2026-06-03"],
            "values":{"globex":{"2026-06-01":4,"2026-06-03":6},"acme_corp":{"2026-06-01":10,"2026-06-02":12,"2026-06-03":9}}},"legend_size":2}
            """));

        var counts = await host.Get<IProductAnalytics>().CountActiveUsersAsync(new AnalyticsCountQuery
        {
            EventName = "Login", From = new DateOnly(2026, 6, 1), To = new DateOnly(2026, 6, 3), GroupByProperty = "client_id",
            FilterProperty = "plan", FilterValue = "enter\"prise",
        });

        Assert.Equal(AnalyticsMeasure.ActiveUsers, counts.Measure);
        Assert.Equal(["acme_corp", "globex"], counts.Series.Select(s => s.Group));
        Assert.Equal([10L, 12L, 9L], counts.Series[0].Points.Select(p => p.Count));
        Assert.Equal(31, counts.Series[0].SumOfPeriods);
        Assert.Equal([new AnalyticsPoint(new DateOnly(2026, 6, 1), 4), new AnalyticsPoint(new DateOnly(2026, 6, 2), 0), new AnalyticsPoint(new DateOnly(2026, 6, 3), 6)],
            counts.Series[1].Points);
        var request = host.Server.LogEntries.Single().RequestMessage!;
        Assert.Equal(ServiceAccountAuthorization, request.Headers!["Authorization"].Single());
        var query = request.Query!;
        Assert.Equal("31337", query["project_id"].Single());
        Assert.Equal("Login", query["event"].Single());
        Assert.Equal("2026-06-01", query["from_date"].Single());
        Assert.Equal("2026-06-03", query["to_date"].Single());
        Assert.Equal("day", query["unit"].Single());
        Assert.Equal("unique", query["type"].Single());
        Assert.Equal("properties[\"client_id\"]", query["on"].Single());
        Assert.Equal("properties[\"plan\"] == \"enter\\\"prise\"", query["where"].Single());
        Assert.Equal(1, host.Calls(IntegrationNames.Mixpanel, "Segmentation", "200"));
    }

    [Fact]
    public async Task Event_counts_for_one_distinct_id_use_general_counts()
    {
        using var host = new IntegrationTestHost();
        host.Server.Given(Request.Create().WithPath("/api/query/segmentation").UsingGet()).RespondWith(Reply(200,
            """{"data":{"series":["2026-05-01","2026-06-01"],"values":{"Report Exported":{"2026-05-01":7,"2026-06-01":3}}},"legend_size":1}"""));

        var counts = await host.Get<IProductAnalytics>().CountEventsAsync(new AnalyticsCountQuery
        {
            EventName = "Report Exported", From = new DateOnly(2026, 5, 1), To = new DateOnly(2026, 6, 30), Interval = AnalyticsInterval.Month, DistinctId = "u-1",
        });

        var series = Assert.Single(counts.Series);
        Assert.Equal("Report Exported", series.Group);
        Assert.Equal(10, series.SumOfPeriods);
        var query = host.Server.LogEntries.Single().RequestMessage!.Query!;
        Assert.Equal("general", query["type"].Single());
        Assert.Equal("month", query["unit"].Single());
        Assert.Equal("properties[\"distinct_id\"] == \"u-1\"", query["where"].Single());
        Assert.False(query.ContainsKey("on"));
    }

    [Fact]
    public async Task Queries_without_a_service_account_name_the_variables()
    {
        using var host = new IntegrationTestHost(TokenOnly());

        var error = await Assert.ThrowsAsync<IntegrationNotConfiguredException>(() => host.Get<IProductAnalytics>().CountEventsAsync(
            new AnalyticsCountQuery { EventName = "Login", From = new DateOnly(2026, 6, 1), To = new DateOnly(2026, 6, 2) }));

        Assert.Equal(["MIXPANEL_SERVICE_ACCOUNT", "MIXPANEL_SERVICE_ACCOUNT_SECRET", "MIXPANEL_PROJECT_ID"], error.Variables);
    }

    private static Dictionary<string, string?> TokenOnly() => new()
    {
        ["MIXPANEL_SERVICE_ACCOUNT"] = null,
        ["MIXPANEL_SERVICE_ACCOUNT_SECRET"] = null,
        ["MIXPANEL_PROJECT_ID"] = null,
    };

    private static IResponseBuilder Reply(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
}
