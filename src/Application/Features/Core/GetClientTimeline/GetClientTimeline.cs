using System.ComponentModel;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.GetClientTimeline;

[Tool("get_client_timeline", Toolsets.Core, Title = "Client timeline", ReadOnly = true, Idempotent = true)]
[Description("The recorded events of one client (registration, updates and every later write), newest first, "
    + "filtered by date range and event types, with counts by type and impact over the whole filtered range.")]
public sealed record GetClientTimeline : IQuery<ClientTimelineResult>
{
    public const int DefaultRangeDays = 90;

    [Description("The client's id, e.g. cs_1764201600000_acme_corp.")]
    public required string ClientId { get; init; }

    [Description("First day included, YYYY-MM-DD (UTC). Default: 90 days before end_date.")]
    public DateOnly? StartDate { get; init; }

    [Description("Last day included, YYYY-MM-DD (UTC). Default: today.")]
    public DateOnly? EndDate { get; init; }

    [Description("Only these event types.")]
    [OneOf<TimelineEventType>]
    public IReadOnlyList<string>? EventTypes { get; init; }

    [Description("Maximum events returned, 1-1000. Default 100.")]
    public int Limit { get; init; } = 100;

    [Description("Matching events to skip. Default 0.")]
    public int Offset { get; init; }
}

public sealed class GetClientTimelineHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<GetClientTimeline, ClientTimelineResult>
{
    public async ValueTask<ClientTimelineResult> Handle(GetClientTimeline query, CancellationToken cancellationToken)
    {
        var clientId = query.ClientId;
        if (!await db.ClientExistsAsync(clientId, cancellationToken))
            throw Common.Exceptions.NotFoundException.Client(clientId);

        var end = query.EndDate ?? time.Today();
        var start = query.StartDate ?? end.AddDays(-GetClientTimeline.DefaultRangeDays);
        var from = start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var until = end.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var types = query.EventTypes?.Select(EnumCodes<TimelineEventType>.Parse).Distinct().ToList();

        var events = db.ClientEvents.AsNoTracking()
            .Where(e => e.ClientId == clientId && e.OccurredAt >= from && e.OccurredAt < until);
        if (types is { Count: > 0 })
            events = events.Where(e => types.Contains(e.EventType));

        var counts = await events.GroupBy(e => new { e.EventType, e.Impact })
            .Select(g => new { g.Key.EventType, g.Key.Impact, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var page = await events.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(query.Offset).Take(query.Limit)
            .ToListAsync(cancellationToken);
        var (rows, truncated) = ResultBudget.Take(page.Select(TimelineEvent.From).ToList());

        var total = counts.Sum(c => c.Count);
        var positive = counts.Where(c => c.Impact == EventImpact.Positive).Sum(c => c.Count);
        var negative = counts.Where(c => c.Impact == EventImpact.Negative).Sum(c => c.Count);
        var summary = new TimelineSummary(
            total,
            counts.GroupBy(c => c.EventType).OrderBy(g => g.Key).ToDictionary(g => EnumCodes<TimelineEventType>.ToCode(g.Key), g => g.Sum(c => c.Count)),
            Enum.GetValues<EventImpact>().ToDictionary(EnumCodes<EventImpact>.ToCode, i => counts.Where(c => c.Impact == i).Sum(c => c.Count)),
            positive > negative ? "positive" : negative > positive ? "negative" : "neutral",
            positive > 2 * negative ? "improving" : negative > 2 * positive ? "declining" : "stable");

        return new ClientTimelineResult(
            clientId,
            new DateRange(start, end),
            types?.Select(EnumCodes<TimelineEventType>.ToCode).ToList(),
            rows,
            Page.Of(total, query.Limit, query.Offset, rows.Count, truncated),
            summary);
    }
}
