using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Features.Core.GetClientTimeline;
using CsMcp.Application.Features.Core.UpdateClientInfo;
using CsMcp.Domain.Clients;
using CsMcp.TestSupport;

namespace CsMcp.Application.Tests.Features.Core;

public class GetClientTimelineTests : CoreToolTestBase
{
    private Task<ClientTimelineResult> Timeline(GetClientTimeline query) =>
        WithDb(async db => await new GetClientTimelineHandler(db, Clock).Handle(query, default));

    private Task<int> AddEvent(string clientId, DateTime at, TimelineEventType type, EventImpact impact) => WithDb(async db =>
    {
        db.ClientEvents.Add(new ClientEvent
        {
            ClientId = clientId, OccurredAt = at, EventType = type, Impact = impact,
            Category = "test", Title = $"{type} {impact}", Description = "d",
        });
        return await db.SaveChangesAsync();
    });

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Returns_the_clients_real_events_newest_first_within_the_date_range(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;
        var other = (await Register("Globex")).ClientId;
        await AddEvent(id, new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), TimelineEventType.Support, EventImpact.Negative);
        await AddEvent(id, new DateTime(2026, 6, 1, 9, 0, 0, DateTimeKind.Utc), TimelineEventType.Usage, EventImpact.Positive);
        await AddEvent(id, new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc), TimelineEventType.Usage, EventImpact.Positive);
        await AddEvent(other, new DateTime(2026, 6, 2, 9, 0, 0, DateTimeKind.Utc), TimelineEventType.Usage, EventImpact.Positive);

        var result = await Timeline(new GetClientTimeline { ClientId = id });

        Assert.Equal(new DateRange(new DateOnly(2026, 3, 17), new DateOnly(2026, 6, 15)), result.Period);
        Assert.Equal(["Client registered", "Usage Positive"], result.Events.Select(e => e.Title));
        Assert.Equal(2, result.Summary.TotalEvents);
        Assert.Equal(new Dictionary<string, int> { ["contract"] = 1, ["usage"] = 1 }, result.Summary.ByType);
        Assert.Equal(("positive", "improving"), (result.Summary.Sentiment, result.Summary.Trajectory));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Filters_by_event_type_and_explicit_inclusive_dates(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;
        await AddEvent(id, new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), TimelineEventType.Support, EventImpact.Negative);
        await AddEvent(id, new DateTime(2026, 3, 31, 23, 59, 59, DateTimeKind.Utc), TimelineEventType.Support, EventImpact.Negative);
        await AddEvent(id, new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc), TimelineEventType.Support, EventImpact.Negative);
        await AddEvent(id, new DateTime(2026, 3, 15, 0, 0, 0, DateTimeKind.Utc), TimelineEventType.Usage, EventImpact.Positive);

        var result = await Timeline(new GetClientTimeline
        {
            ClientId = id, StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2026, 3, 31), EventTypes = ["SUPPORT"], Limit = 1,
        });

        Assert.Equal(["support"], result.EventTypes);
        var only = Assert.Single(result.Events);
        Assert.Equal(new DateTime(2026, 3, 31, 23, 59, 59, DateTimeKind.Utc), only.Timestamp);
        Assert.Equal((2, true, 1), (result.Pagination.TotalCount, result.Pagination.HasMore, result.Pagination.NextOffset));
        Assert.Equal(("negative", "declining"), (result.Summary.Sentiment, result.Summary.Trajectory));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Updates_appear_on_the_timeline(string provider)
    {
        await UseAsync(provider);
        var id = (await Register("Acme Corp")).ClientId;
        Clock.Advance(TimeSpan.FromMinutes(5));
        await WithDb(async db => await new UpdateClientInfoHandler(db, Clock).Handle(
            new UpdateClientInfo { ClientId = id, Updates = new ClientUpdates { CsmAssigned = "Dana Lee" } }, default));

        var result = await Timeline(new GetClientTimeline { ClientId = id });

        var latest = result.Events[0];
        Assert.Equal(("Client profile updated", TimelineEventType.Account), (latest.Title, latest.EventType));
        Assert.Equal("Changed csm_assigned from (empty) to Dana Lee.", latest.Description);
        Assert.Equal("Dana Lee", latest.Metadata["new.csm_assigned"]);
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Unknown_client_is_not_found(string provider)
    {
        await UseAsync(provider);

        await Assert.ThrowsAsync<NotFoundException>(() => Timeline(new GetClientTimeline { ClientId = "cs_404" }));
    }

    [Fact]
    public void Validator_rejects_reversed_dates_and_unknown_event_types()
    {
        var result = new GetClientTimelineValidator().Validate(new GetClientTimeline
        {
            ClientId = "cs_1_a", StartDate = new DateOnly(2026, 5, 2), EndDate = new DateOnly(2026, 5, 1), EventTypes = ["usage", "gossip"], Limit = 1001,
        });

        Assert.Equal(
        [
            "'event_types' has 'gossip', which is not one of: account, contract, onboarding, support, usage, health, communication, renewal, product, lifecycle (case-insensitive).",
            "'end_date' (2026-05-01) must not be before start_date (2026-05-02).",
            "'limit' must be between 1 and 1000; got 1001.",
        ], result.Errors.Select(e => e.ErrorMessage));
    }
}
