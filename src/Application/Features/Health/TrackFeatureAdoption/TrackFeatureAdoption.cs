using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Results;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Core.Clients;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Features;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.TrackFeatureAdoption;

[Tool("track_feature_adoption", Toolsets.Health, Title = "Track feature adoption", ReadOnly = true, Idempotent = true)]
[Description("Feature adoption from stored feature usage, for a client or the portfolio: per feature the share of clients it is "
    + "available to (tier, release date) using it in the period, by tier and stage; time to first use, features linked to higher "
    + "health, underutilized features.")]
public sealed record TrackFeatureAdoption : PortfolioScope, IQuery<TrackFeatureAdoptionResult>, IPagedRequest
{
    [Description("Only this client. Default the portfolio.")]
    public string? ClientId { get; init; }

    [Description("Only this feature, e.g. feat_reports. Default all.")]
    public string? FeatureId { get; init; }

    [Description("Days up to now in which use counts, 1-365, default 90.")]
    public int TimePeriodDays { get; init; } = 90;

    [Description("Rate below which a feature is underutilized, 0-1, default 0.20; high is twice this.")]
    public decimal AdoptionThreshold { get; init; } = 0.20m;

    [Description("Ignored, as by the original; no per-user data is stored.")]
    public bool? IncludeUserPersonas { get; init; }

    [Description("Actions for underutilized and high-value features, with figures. Default true.")]
    public bool OptimizationRecommendations { get; init; } = true;

    [Description("Feature page size, 1-1000, default 50.")]
    public int Limit { get; init; } = 50;

    [Description(Paging.OffsetText)]
    public int Offset { get; init; }
}

public sealed class TrackFeatureAdoptionHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<TrackFeatureAdoption, TrackFeatureAdoptionResult>
{
    public const int MinGroupSize = 3;
    public const decimal HighValueLift = 10m;

    private sealed record Usage(string FeatureId, DateTime FirstUsedAt, DateTime LastUsedAt, int ActiveUsers);

    public async ValueTask<TrackFeatureAdoptionResult> Handle(TrackFeatureAdoption query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = time.Today();
        var from = now.AddDays(-query.TimePeriodDays);
        if (query.ClientId is not null && !await db.ClientExistsAsync(query.ClientId, cancellationToken))
            throw NotFoundException.Client(query.ClientId);
        var features = await db.Features.AsNoTracking().Where(f => query.FeatureId == null || f.FeatureId == query.FeatureId)
            .ToListAsync(cancellationToken);
        features = [.. features.OrderBy(f => f.Category).ThenBy(f => f.FeatureId, StringComparer.Ordinal)];
        if (query.FeatureId is not null && features.Count == 0)
            throw new NotFoundException("feature", "feature_id", query.FeatureId, "Omit feature_id to see every feature of the catalogue with its id.");

        var filtered = db.Clients.AsNoTracking().InScope(query, today).OfClient(query.ClientId);
        var clients = await filtered.LoadFactsAsync(cancellationToken);
        var rows = await db.FeatureAdoptions.AsNoTracking()
            .Where(a => query.FeatureId == null || a.FeatureId == query.FeatureId)
            .Join(filtered, a => a.ClientId, c => c.ClientId, (a, c) => new { a.ClientId, a.FeatureId, a.FirstUsedAt, a.LastUsedAt, a.ActiveUsers })
            .ToListAsync(cancellationToken);
        var usage = rows.GroupBy(r => r.ClientId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => r.FeatureId, r => new Usage(r.FeatureId, r.FirstUsedAt, r.LastUsedAt, r.ActiveUsers), StringComparer.Ordinal), StringComparer.Ordinal);

        var breakdown = new List<FeatureAdoptionRow>();
        var allDays = new List<int>();
        var byTier = Enum.GetValues<ClientTier>().ToDictionary(t => t, _ => new long[2]);
        var byStage = Enum.GetValues<LifecycleStage>().ToDictionary(s => s, _ => new long[2]);
        long availablePairs = 0, activePairs = 0, everPairs = 0;
        foreach (var feature in features)
        {
            var available = clients.Where(c => feature.IsAvailableTo(c.Tier, today)).ToList();
            var activeSet = new List<ClientFacts>();
            var everSet = new List<ClientFacts>();
            var days = new List<int>();
            var newAdopters = 0;
            foreach (var c in available)
            {
                var used = Used(usage, c.ClientId, feature.FeatureId);
                var active = used is not null && used.LastUsedAt >= from;
                byTier[c.Tier][0]++;
                byStage[c.LifecycleStage][0]++;
                if (active)
                {
                    activeSet.Add(c);
                    byTier[c.Tier][1]++;
                    byStage[c.LifecycleStage][1]++;
                }

                if (used is null)
                    continue;
                everSet.Add(c);
                if (used.FirstUsedAt >= from)
                    newAdopters++;
                days.Add(DaysToAdopt(feature, c, used));
            }

            availablePairs += available.Count;
            activePairs += activeSet.Count;
            everPairs += everSet.Count;
            allDays.AddRange(days);
            var rate = Stats.Ratio(activeSet.Count, available.Count);
            breakdown.Add(new FeatureAdoptionRow(
                feature.FeatureId, feature.Name, feature.Category, feature.MinimumTier, feature.ReleasedOn, available.Count, activeSet.Count, everSet.Count,
                newAdopters, rate, Classify(rate, query.AdoptionThreshold), Stats.Median([.. days.Order()]),
                Association(available, activeSet, everSet)));
        }

        var (page, truncated) = ResultBudget.Take(breakdown.Skip(query.Offset).Take(query.Limit).ToList());
        List<HighValueFeature> highValue =
        [
            .. breakdown.Where(b => b.HealthAssociation.HealthLift >= HighValueLift).OrderByDescending(b => b.HealthAssociation.HealthLift).ThenBy(b => b.FeatureId, StringComparer.Ordinal)
                .Select(b => new HighValueFeature(b.FeatureId, b.Name, b.HealthAssociation.HealthLift!.Value, b.HealthAssociation.AdopterAverageHealth!.Value,
                    b.HealthAssociation.NonAdopterAverageHealth!.Value, b.AdoptionRate)),
        ];
        List<UnderutilizedFeature> underutilized =
        [
            .. breakdown.Where(b => b.AdoptionRate < query.AdoptionThreshold).OrderBy(b => b.AdoptionRate).ThenBy(b => b.FeatureId, StringComparer.Ordinal)
                .Select(b => new UnderutilizedFeature(b.FeatureId, b.Name, b.Category, b.AdoptionRate!.Value, b.AvailableClients, b.ActiveAdopters)),
        ];
        return new TrackFeatureAdoptionResult(
            now,
            new AdoptionScope(query.ClientId, query.FeatureId, AppliedScope.Of(query), clients.Count, features.Count, query.TimePeriodDays, from, query.AdoptionThreshold),
            Stats.Ratio(activePairs, availablePairs),
            Stats.Ratio(everPairs, availablePairs),
            page,
            Page.Of(breakdown.Count, query.Limit, query.Offset, page.Count, truncated),
            byTier.ToDictionary(p => EnumCodes<ClientTier>.ToCode(p.Key), p => new AdoptionRate(p.Value[0], p.Value[1], Stats.Ratio(p.Value[1], p.Value[0]))),
            byStage.ToDictionary(p => EnumCodes<LifecycleStage>.ToCode(p.Key), p => new AdoptionRate(p.Value[0], p.Value[1], Stats.Ratio(p.Value[1], p.Value[0]))),
            DayStats.From(allDays),
            highValue,
            underutilized,
            query.OptimizationRecommendations ? Opportunities(highValue, underutilized, query.AdoptionThreshold) : null,
            query.ClientId is null || clients.Count == 0 ? null : ClientFeatures(features, clients[0], usage, from, today),
            Rules(query),
            Notes(clients, features, availablePairs));
    }

    /// <summary>Underutilized features first (largest number of clients who could use them but do not), then the high-value ones.</summary>
    private static List<OptimizationOpportunity> Opportunities(List<HighValueFeature> highValue, List<UnderutilizedFeature> underutilized, decimal threshold) =>
    [
        .. underutilized.OrderByDescending(u => u.AvailableClients - u.ActiveAdopters).ThenBy(u => u.FeatureId, StringComparer.Ordinal).Select(u => new OptimizationOpportunity(
            u.FeatureId, "drive_adoption", $"Run an adoption campaign for {u.Name} with the clients who have it but do not use it.",
            FormattableString.Invariant($"{u.ActiveAdopters} of {u.AvailableClients} clients it is available to used it in the period (rate {u.AdoptionRate}, threshold {threshold})."))),
        .. highValue.Select(h => new OptimizationOpportunity(
            h.FeatureId, "promote_high_value", $"Promote {h.Name} in onboarding and business reviews.",
            FormattableString.Invariant($"Active adopters average health {h.AdopterAverageHealth} vs {h.NonAdopterAverageHealth} for non-adopters (+{h.HealthLift}); an association, not proof of cause."))),
    ];

    private static Usage? Used(Dictionary<string, Dictionary<string, Usage>> usage, string clientId, string featureId) =>
        usage.TryGetValue(clientId, out var features) && features.TryGetValue(featureId, out var used) ? used : null;

    /// <summary>Days from the later of the feature's release and the client's registration to the first use; never negative.</summary>
    private static int DaysToAdopt(Feature feature, ClientFacts client, Usage used)
    {
        var start = Math.Max(feature.ReleasedOn.DayNumber, DateOnly.FromDateTime(client.CreatedAt).DayNumber);
        return Math.Max(0, DateOnly.FromDateTime(used.FirstUsedAt).DayNumber - start);
    }

    private static string Classify(decimal? rate, decimal threshold) =>
        rate is not { } r ? "not_available" : r >= 2 * threshold ? "high" : r >= threshold ? "moderate" : "low";

    private static HealthAssociation Association(List<ClientFacts> available, List<ClientFacts> active, List<ClientFacts> ever)
    {
        var activeIds = active.Select(c => c.ClientId).ToHashSet(StringComparer.Ordinal);
        var everIds = ever.Select(c => c.ClientId).ToHashSet(StringComparer.Ordinal);
        var adopterHealth = active.Where(c => c.HealthScore is not null).Select(c => c.HealthScore!.Value).ToList();
        var otherHealth = available.Where(c => !activeIds.Contains(c.ClientId) && c.HealthScore is not null).Select(c => c.HealthScore!.Value).ToList();
        var adopterAvg = adopterHealth.Count >= MinGroupSize ? Stats.Average(adopterHealth) : null;
        var otherAvg = otherHealth.Count >= MinGroupSize ? Stats.Average(otherHealth) : null;
        var nonAdopters = available.Where(c => !everIds.Contains(c.ClientId)).ToList();
        return new HealthAssociation(
            adopterAvg, otherAvg, adopterAvg - otherAvg,
            ever.Count >= MinGroupSize ? Stats.Ratio(ever.Count(c => c.LifecycleStage == LifecycleStage.Churned), ever.Count) : null,
            nonAdopters.Count >= MinGroupSize ? Stats.Ratio(nonAdopters.Count(c => c.LifecycleStage == LifecycleStage.Churned), nonAdopters.Count) : null);
    }

    private static List<ClientFeatureStatus> ClientFeatures(List<Feature> features, ClientFacts client, Dictionary<string, Dictionary<string, Usage>> usage, DateTime from, DateOnly today) =>
    [
        .. features.Select(f =>
        {
            var used = Used(usage, client.ClientId, f.FeatureId);
            var status = !f.IsAvailableTo(client.Tier, today) ? (used is null ? "not_available" : "used_outside_tier")
                : used is null ? "not_adopted"
                : used.LastUsedAt >= from ? "active" : "lapsed";
            return new ClientFeatureStatus(f.FeatureId, f.Name, f.Category, status, used?.FirstUsedAt, used?.LastUsedAt, used?.ActiveUsers,
                used is null ? null : DaysToAdopt(f, client, used));
        }),
    ];

    private static List<string> Rules(TrackFeatureAdoption query) =>
    [
        "available: the client's tier is at least the feature's minimum_tier and the feature was released on or before today.",
        $"adoption_rate = active adopters (last_used_at within the last {query.TimePeriodDays} days) / available clients; overall = the same over all feature-client pairs.",
        $"classification: high >= {2 * query.AdoptionThreshold}, moderate >= {query.AdoptionThreshold}, low below; underutilized = adoption_rate < {query.AdoptionThreshold}.",
        "days to first adoption: first_used_at minus the later of the release date and the client's registration, at least 0.",
        $"health association: average stored health of active adopters minus that of available non-adopters, when each group has >= {MinGroupSize} scored clients; "
            + $"high-value feature: health_lift >= {HighValueLift} points. This is an association, not proof of cause.",
        $"churn rates: share of churned clients among ever-adopters and among available non-adopters (groups of >= {MinGroupSize}).",
    ];

    private static List<string> Notes(List<ClientFacts> clients, List<Feature> features, long availablePairs)
    {
        var notes = new List<string>();
        if (features.Count == 0)
            notes.Add("The feature catalogue is empty, so there is no adoption to measure.");
        if (clients.Count == 0)
            notes.Add("No client matches the filters.");
        else if (availablePairs == 0 && features.Count > 0)
            notes.Add("None of these features is available to the clients in scope (by tier and release date).");
        var unscored = clients.Count(c => c.HealthScore is null);
        if (unscored > 0)
            notes.Add($"{unscored} of {clients.Count} clients have no stored health score and are left out of the health association.");
        return notes;
    }
}
