using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Features.Feedback.Common;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Features;
using CsMcp.Domain.Metrics;
using CsMcp.Domain.Surveys;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Feedback.TrackCsMetrics;

/// <summary>Reads, for the whole portfolio, the stored rows one metric needs over the period (narrow projections, one pass each).</summary>
internal static class MetricSources
{
    public static async Task<MetricSource> LoadAsync(IAppDbContext db, CsMetric metric, FeedbackPeriod period, CancellationToken cancellationToken) => metric switch
    {
        CsMetric.Nps => new SampleSource(await SurveysAsync(db, SurveyType.Nps, period, cancellationToken), s => SurveyStatistics.Nps(s)?.Score),
        CsMetric.Csat => new SampleSource(await SurveysAsync(db, SurveyType.Csat, period, cancellationToken),
            s => SurveyStatistics.Scale(s, SurveyStatistics.CsatSatisfiedFrom)?.Average),
        CsMetric.Ces => new SampleSource(await SurveysAsync(db, SurveyType.Ces, period, cancellationToken),
            s => SurveyStatistics.Scale(s, SurveyStatistics.CesEasyFrom)?.Average),
        CsMetric.SupportSatisfaction => new SampleSource(await TicketRatingsAsync(db, period, cancellationToken),
            s => SurveyStatistics.Scale(s, SurveyStatistics.CsatSatisfiedFrom)?.Average),
        CsMetric.TimeToValue => new SampleSource(await DaysToValueAsync(db, period, cancellationToken), s => Stats.Average(s)),
        CsMetric.HealthScore => new LatestScoreSource(await db.HealthSnapshots.AsNoTracking()
            .Where(h => h.CalculatedAt >= period.From && h.CalculatedAt < period.Until)
            .Select(h => new LatestScoreSource.Score(h.ClientId, h.CalculatedAt, h.OverallScore)).ToListAsync(cancellationToken)),
        CsMetric.EngagementScore => new LatestScoreSource(await db.HealthSnapshots.AsNoTracking()
            .Where(h => h.CalculatedAt >= period.From && h.CalculatedAt < period.Until && h.EngagementScore != null)
            .Select(h => new LatestScoreSource.Score(h.ClientId, h.CalculatedAt, h.EngagementScore!.Value)).ToListAsync(cancellationToken)),
        CsMetric.ChurnRate or CsMetric.RetentionRate => new ChurnSource(
            [.. (await CustomersAsync(db, cancellationToken)).Select(c => new ChurnSource.Customer(c.ClientId, c.Since, c.ChurnedOn))],
            metric == CsMetric.RetentionRate),
        CsMetric.ExpansionRate => new ExpansionSource(await db.Contracts.AsNoTracking().Where(c => c.StartDate <= period.End)
            .Select(c => new ExpansionSource.Term(c.ClientId, c.StartDate, c.EndDate, c.ContractValue)).ToListAsync(cancellationToken)),
        _ => await AdoptionAsync(db, period, cancellationToken),
    };

    private static async Task<List<SampleSource.Sample>> SurveysAsync(IAppDbContext db, SurveyType type, FeedbackPeriod period, CancellationToken cancellationToken) =>
        [.. (await db.SurveyResponses.AsNoTracking()
                .Where(r => r.SurveyType == type && r.RespondedAt >= period.From && r.RespondedAt < period.Until)
                .Select(r => new { r.ClientId, r.RespondedAt, r.Score }).ToListAsync(cancellationToken))
            .Select(r => new SampleSource.Sample(r.ClientId, DateOnly.FromDateTime(r.RespondedAt), r.Score))];

    private static async Task<List<SampleSource.Sample>> TicketRatingsAsync(IAppDbContext db, FeedbackPeriod period, CancellationToken cancellationToken) =>
        [.. (await db.SupportTickets.AsNoTracking()
                .Where(t => t.SatisfactionRating != null && t.ResolvedAt >= period.From && t.ResolvedAt < period.Until)
                .Select(t => new { t.ClientId, ResolvedAt = t.ResolvedAt!.Value, Rating = t.SatisfactionRating!.Value }).ToListAsync(cancellationToken))
            .Select(t => new SampleSource.Sample(t.ClientId, DateOnly.FromDateTime(t.ResolvedAt), t.Rating))];

    /// <summary>
    /// Days from the day a client became a customer to its first value (its first use of a core feature, the m2_first_value_achieved
    /// milestone of track_adoption_milestones), for clients whose first value falls in the period.
    /// </summary>
    private static async Task<List<SampleSource.Sample>> DaysToValueAsync(IAppDbContext db, FeedbackPeriod period, CancellationToken cancellationToken)
    {
        var core = db.Features.Where(f => f.Category == FeatureCategory.Core).Select(f => f.FeatureId);
        var firstValue = await db.FeatureAdoptions.AsNoTracking().Where(a => core.Contains(a.FeatureId))
            .GroupBy(a => a.ClientId).Select(g => new { ClientId = g.Key, At = g.Min(a => a.FirstUsedAt) })
            .Where(g => g.At >= period.From && g.At < period.Until).ToListAsync(cancellationToken);
        var since = (await CustomersAsync(db, cancellationToken)).ToDictionary(c => c.ClientId, c => c.Since, StringComparer.Ordinal);
        return [.. firstValue.Where(f => since.ContainsKey(f.ClientId)).Select(f =>
        {
            var day = DateOnly.FromDateTime(f.At);
            return new SampleSource.Sample(f.ClientId, day, day.DayNumber - since[f.ClientId].DayNumber);
        })];
    }

    private static async Task<MetricSource> AdoptionAsync(IAppDbContext db, FeedbackPeriod period, CancellationToken cancellationToken)
    {
        var features = await db.Features.AsNoTracking().Where(f => f.ReleasedOn <= period.End).ToListAsync(cancellationToken);
        var firstUse = (await db.FeatureAdoptions.AsNoTracking().Where(a => a.FirstUsedAt < period.Until)
                .Select(a => new { a.ClientId, a.FeatureId, a.FirstUsedAt }).ToListAsync(cancellationToken))
            .ToLookup(a => a.ClientId, StringComparer.Ordinal);
        var tiers = await db.Clients.AsNoTracking().Select(c => new { c.ClientId, c.Tier }).ToDictionaryAsync(c => c.ClientId, c => c.Tier, StringComparer.Ordinal, cancellationToken);
        var customers = (await CustomersAsync(db, cancellationToken)).Select(c => new AdoptionSource.Customer(c.ClientId, tiers[c.ClientId], c.Since, c.ChurnedOn,
            firstUse[c.ClientId].GroupBy(a => a.FeatureId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => DateOnly.FromDateTime(g.Min(a => a.FirstUsedAt)), StringComparer.Ordinal)));
        return new AdoptionSource([.. customers], features);
    }

    private sealed record CustomerDates(string ClientId, DateOnly Since, DateOnly? ChurnedOn);

    /// <summary>
    /// Every client with the day it became a customer (its first contract term's start, or its contract start without terms) and the
    /// day it churned: the churn record's date, else the day of its latest move into churned, else null.
    /// </summary>
    private static async Task<List<CustomerDates>> CustomersAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var clients = await db.Clients.AsNoTracking().Select(c => new { c.ClientId, c.ContractStartDate }).ToListAsync(cancellationToken);
        var firstTerm = await db.Contracts.AsNoTracking().GroupBy(c => c.ClientId).Select(g => new { ClientId = g.Key, Start = g.Min(c => c.StartDate) })
            .ToDictionaryAsync(g => g.ClientId, g => g.Start, StringComparer.Ordinal, cancellationToken);
        var recorded = await db.ChurnRecords.AsNoTracking().Select(r => new { r.ClientId, r.ChurnedOn })
            .ToDictionaryAsync(r => r.ClientId, r => r.ChurnedOn, StringComparer.Ordinal, cancellationToken);
        var moved = await db.LifecycleStageChanges.AsNoTracking().Where(c => c.ToStage == LifecycleStage.Churned)
            .GroupBy(c => c.ClientId).Select(g => new { ClientId = g.Key, At = g.Max(c => c.ChangedAt) })
            .ToDictionaryAsync(g => g.ClientId, g => DateOnly.FromDateTime(g.At), StringComparer.Ordinal, cancellationToken);
        return [.. clients.Select(c => new CustomerDates(c.ClientId,
            firstTerm.TryGetValue(c.ClientId, out var first) && first < c.ContractStartDate ? first : c.ContractStartDate,
            recorded.TryGetValue(c.ClientId, out var on) ? on : moved.TryGetValue(c.ClientId, out var at) ? at : null))];
    }
}
