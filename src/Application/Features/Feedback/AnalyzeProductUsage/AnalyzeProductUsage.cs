using System.ComponentModel;
using CsMcp.Application.Common.Integrations;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Feedback.AnalyzeFeedbackSentiment;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Usage;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Feedback.AnalyzeProductUsage;

[Tool("analyze_product_usage", Toolsets.Feedback, Title = "Analyze product usage", ReadOnly = true, Idempotent = true)]
[Description("One client's product usage over a period from stored usage (synced from Mixpanel when configured) and feature adoption: "
    + "usage health score, feature and user insights, trend vs the previous period, tier benchmark, expansion opportunities, risks.")]
public sealed record AnalyzeProductUsage : IQuery<AnalyzeProductUsageResult>
{
    [Description("The client's id.")]
    public required string ClientId { get; init; }

    [Description("Default end - 30 days.")]
    public DateOnly? PeriodStart { get; init; }

    [Description("Not in the future. Default today.")]
    public DateOnly? PeriodEnd { get; init; }

    [Description("Most used, underutilized, recently adopted features. Default true.")]
    public bool IncludeFeatureBreakdown { get; init; } = true;

    [Description("Power, at-risk and inactive users. Default true.")]
    public bool IncludeUserSegmentation { get; init; } = true;

    [Description("Adoption by feature category. Default true.")]
    public bool IncludeAdoptionAnalysis { get; init; } = true;

    [Description("Active-user ratio vs the same tier. Default true.")]
    public bool CompareToBenchmark { get; init; } = true;
}

public sealed class AnalyzeProductUsageHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<AnalyzeProductUsage, AnalyzeProductUsageResult>
{
    public const int DefaultDays = 30;

    public async ValueTask<AnalyzeProductUsageResult> Handle(AnalyzeProductUsage query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var period = FeedbackPeriod.Of(query.PeriodStart, query.PeriodEnd, today, DefaultDays);
        var previous = period.Previous;
        var client = await db.GetClientAsync(query.ClientId.Trim(), cancellationToken);

        var ids = db.Clients.Where(c => c.ClientId == client.ClientId).Select(c => c.ClientId);
        var rows = (await db.UsageRowsAsync(ids, previous.Start, period.End, cancellationToken))[client.ClientId].ToList();
        var usage = UsageAggregate.Over(rows, period.Start, period.End);
        var before = UsageAggregate.Over(rows, previous.Start, previous.End);
        var features = await db.FeatureUseAsync(client.ClientId, client.Tier, period.Start, period.End, cancellationToken);
        var featuresBefore = await db.FeatureUseAsync(client.ClientId, client.Tier, previous.Start, previous.End, cancellationToken);
        var synced = await db.IntegrationSyncStates.AsNoTracking()
            .Where(s => s.ClientId == client.ClientId && s.Integration == IntegrationNames.Mixpanel)
            .Select(s => s.LastSyncedAt).FirstOrDefaultAsync(cancellationToken);
        var benchmark = query.CompareToBenchmark
            ? await db.ActiveUserRatioBenchmarkAsync(client.ClientId, client.Tier, usage, period.Start, period.End, cancellationToken)
            : null;

        var analysis = ProductUsageAnalysis.Of(client, usage, before, features, featuresBefore, period.Start);
        return new AnalyzeProductUsageResult(
            client.ClientId,
            client.ClientName,
            client.Tier,
            new PeriodView(period.Start, period.End, period.Days),
            new UsageDataSource(synced is null ? "stored" : IntegrationNames.Mixpanel, synced, usage?.Periods ?? 0, usage?.DaysCovered ?? 0),
            usage,
            analysis.Summary,
            query.IncludeFeatureBreakdown ? analysis.Features : null,
            query.IncludeUserSegmentation ? analysis.Users : null,
            query.IncludeAdoptionAnalysis ? analysis.Adoption : null,
            benchmark,
            analysis.Trends,
            analysis.Opportunities,
            analysis.Risks,
            analysis.Recommendations,
            $"Stored usage periods of {client.ClientId} overlapping {period.Start:yyyy-MM-dd}..{period.End:yyyy-MM-dd} and the previous {period.Days} days"
                + (synced is { } at ? $" (last synced from Mixpanel {at:yyyy-MM-dd HH:mm} UTC)" : " (no Mixpanel sync recorded)")
                + $"; feature adoption against the {features.Count} catalogue features its tier offers"
                + (benchmark is null ? "." : "; tier peers' usage in the same period."),
            ProductUsageAnalysis.Rules(query.CompareToBenchmark),
            analysis.MissingData(benchmark));
    }
}
