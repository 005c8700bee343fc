using CsMcp.Application.Common.Exceptions;
using CsMcp.Domain.Clients.Timeline;
using CsMcp.Domain.Common;
using CsMcp.Domain.Feedback;
using Microsoft.EntityFrameworkCore;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.ManageVoiceOfCustomer;

public sealed partial class ManageVoiceOfCustomerHandler
{
    public const string RoadmapRule = "An insight without a roadmap status is not_on_roadmap; a new status lands on the timeline of each affected client.";

    private async Task<ManageVoiceOfCustomerResult> UpdateRoadmapAsync(VocContext c, CancellationToken cancellationToken)
    {
        RoadmapChange? change = null;
        if (c.Request.InsightId?.Trim() is { } insightId && c.Request.RoadmapStatus is { } code)
        {
            var insight = await db.ProductInsights.SingleOrDefaultAsync(i => i.InsightId == insightId, cancellationToken)
                ?? throw new ValidationException("insight_id",
                    $"'insight_id' {insightId} is not a stored product insight. Call update_customer_roadmap without insight_id to list them.");
            var status = EnumCodes<RoadmapStatus>.Parse(code);
            var previous = insight.RoadmapStatus;
            var changed = previous != status;
            if (changed)
            {
                insight.RoadmapStatus = status;
                insight.RoadmapUpdatedAt = c.Now;
                foreach (var client in insight.AffectedClientIds)
                    db.ClientEvents.Add(ClientTimeline.RoadmapUpdated(insight, client, previous, c.Now));
                await db.SaveChangesAsync(cancellationToken);
            }

            change = new RoadmapChange(insight.InsightId, previous, status, changed, changed ? insight.AffectedClientIds : []);
        }

        var insights = await InsightsAsync(c, null, DateTime.MaxValue, cancellationToken);
        var message = change is null
            ? $"Listed {insights.Count} insight(s) by roadmap status; give insight_id and roadmap_status to change one."
            : change.Changed
                ? $"{change.InsightId} is now {Code(change.RoadmapStatus)} (was {(change.PreviousStatus is { } p ? Code(p) : NotOnRoadmap)}); on {change.TimelineClients.Count} client timeline(s)."
                : $"{change.InsightId} already was {Code(change.RoadmapStatus)}: nothing changed.";
        return Result(c, VocAction.UpdateCustomerRoadmap, message, $"Stored product insights naming {c.ScopeText} among the affected customers.",
            [RoadmapRule], [], roadmap: new RoadmapView(change, insights.Count, ByRoadmapStatus(insights), [.. insights.Take(ListedCount).Select(Line)]));
    }
}
