using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

[Tool("analyze_engagement_patterns", Toolsets.Health, Title = "Analyze engagement patterns", ReadOnly = true, Idempotent = true)]
[Description("Engagement of the portfolio, a segment or a client over the lookback, from stored data: events by weekday, hour (UTC), "
    + "type, direction; active-user ratio distribution, drops over 30% vs the previous window; most/least adopted features; tickets "
    + "per client per 30 days, first response, satisfaction.")]
public sealed record AnalyzeEngagementPatterns : IQuery<AnalyzeEngagementPatternsResult>
{
    [Description("Default all_customers.")]
    [OneOf<AnalysisScope>]
    public string AnalysisScope { get; init; } = "all_customers";

    [Description("segment: filters (also the original's tier, health_min...); individual: client_id.")]
    public PatternScopeFilter? ScopeFilter { get; init; }

    [Description("Sections. Default all.")]
    [OneOf<PatternType>]
    public IReadOnlyList<string>? PatternTypes { get; init; }

    [Description("Days up to today (UTC), 7-365, default 90.")]
    public int LookbackPeriodDays { get; init; } = 90;

    [Description("List usage drops (feature_usage). Default true.")]
    public bool AnomalyDetection { get; init; } = true;

    [Description("Churn indicators: falling usage, ARR, renewals within 90 days; no model. Needs feature_usage. Default true.")]
    public bool PredictiveInsights { get; init; } = true;

    [Description("Max entries per list, 1-1000, default 20; totals given.")]
    public int Limit { get; init; } = 20;
}

public sealed class AnalyzeEngagementPatternsHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<AnalyzeEngagementPatterns, AnalyzeEngagementPatternsResult>
{
    public const decimal AnomalyDrop = 0.30m;
    public const int PredictiveRenewalDays = 90;

    public async ValueTask<AnalyzeEngagementPatternsResult> Handle(AnalyzeEngagementPatterns query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var window = HealthWindow.EndingOn(DateOnly.FromDateTime(now), query.LookbackPeriodDays);
        var scopeKind = EnumCodes<AnalysisScope>.Parse(query.AnalysisScope);
        var filter = query.ScopeFilter;
        var clients = Scope(scopeKind, filter, DateOnly.FromDateTime(now));
        var requested = query.PatternTypes?.Select(EnumCodes<PatternType>.Parse).ToHashSet();
        var types = Enum.GetValues<PatternType>().Where(t => requested is null || requested.Contains(t)).ToList();

        var scope = await clients.AsNoTracking().Select(c => new ScopeClient(c.ClientId, c.ClientName, c.Tier, c.ContractValue, c.RenewalDate)).ToListAsync(cancellationToken);
        if (scopeKind == AnalysisScope.Individual && scope.Count == 0)
            throw NotFoundException.Client(filter!.ClientId!);
        var ids = clients.Select(c => c.ClientId);
        var patterns = new EngagementPatternQueries(db, ids, scope, window, query.Limit);

        var events = types.Contains(PatternType.Temporal) || types.Contains(PatternType.Communication)
            ? await patterns.EventsAsync(cancellationToken)
            : null;
        var clientsWithEvents = types.Contains(PatternType.Communication) ? await patterns.ClientsWithEventsAsync(cancellationToken) : 0;
        var (usage, drops) = types.Contains(PatternType.FeatureUsage) ? await patterns.FeatureUsageAsync(cancellationToken) : (null, []);
        var result = new AnalyzeEngagementPatternsResult(
            new PatternScope(
                EnumCodes<AnalysisScope>.ToCode(scopeKind), filter?.ClientId, scopeKind == AnalysisScope.Segment && filter is not null ? AppliedScope.Of(filter) : null,
                scope.Count, query.LookbackPeriodDays, window.Start, window.End, [.. types.Select(EnumCodes<PatternType>.ToCode)]),
            types.Contains(PatternType.Temporal) ? EngagementPatternQueries.Temporal(events!) : null,
            query.AnomalyDetection ? usage : usage is null ? null : usage with { Anomalies = null },
            types.Contains(PatternType.Communication) ? EngagementPatternQueries.Communication(events!, scope.Count, clientsWithEvents, query.LookbackPeriodDays) : null,
            types.Contains(PatternType.Support) ? await patterns.SupportAsync(cancellationToken) : null,
            query.PredictiveInsights && usage is not null ? Predictive(scope, drops, DateOnly.FromDateTime(now)) : null,
            [],
            Rules(query.LookbackPeriodDays),
            now);
        return result with { MissingData = MissingData(result) };
    }

    private IQueryable<Client> Scope(AnalysisScope scope, PatternScopeFilter? filter, DateOnly today)
    {
        var clients = db.Clients.AsNoTracking();
        return scope switch
        {
            AnalysisScope.Individual => clients.Where(c => c.ClientId == filter!.ClientId),
            AnalysisScope.Segment when filter is not null => clients.InScope(filter, today),
            _ => clients,
        };
    }

    private static PredictiveInsights Predictive(List<ScopeClient> scope, IReadOnlyList<UsageDropAnomaly> drops, DateOnly today)
    {
        var byId = scope.ToDictionary(c => c.ClientId, StringComparer.Ordinal);
        var falling = drops.Select(d => byId[d.ClientId]).ToList();
        var renewing = falling.Where(c => c.RenewalDate >= today && c.RenewalDate.DayNumber - today.DayNumber <= PredictiveRenewalDays).ToList();
        return new PredictiveInsights(
            falling.Count,
            Stats.Ratio(falling.Count, scope.Count),
            falling.Sum(c => c.Arr),
            renewing.Count,
            renewing.Sum(c => c.Arr),
            [.. renewing.OrderBy(c => c.RenewalDate).ThenBy(c => c.ClientId, StringComparer.Ordinal).Select(c => c.ClientId)],
            FormattableString.Invariant($"Leading indicator, not a model: clients whose active-user ratio fell by more than {AnomalyDrop * 100:0}% (the anomalies), and those of them renewing within {PredictiveRenewalDays} days."));
    }

    private static List<string> MissingData(AnalyzeEngagementPatternsResult result)
    {
        var missing = new List<string>();
        if (result.Scope.CustomersAnalyzed == 0)
            missing.Add("scope: no client matches the scope filter.");
        if (result.Temporal is { Events: 0 } || result.Communication is { Events: 0 })
            missing.Add("engagement: no engagement event is stored in the window for these clients.");
        if (result.FeatureUsage is { ClientsWithUsage: 0 })
            missing.Add("usage: no stored usage period overlaps the window for these clients.");
        if (result.Support is { Tickets: 0 })
            missing.Add("support: no ticket was created in the window for these clients.");
        return missing;
    }

    private static List<string> Rules(int lookbackDays) =>
    [
        $"window: the {lookbackDays} days ending today (UTC), timestamps after window_start up to window_end.",
        "temporal: engagement events in the window by weekday and hour of occurred_at (UTC); weekend = Saturday and Sunday; business hours = 09:00-16:59 UTC.",
        "communication: the same events by event type and direction; events_per_client_per_30_days = events / clients analysed / (lookback days / 30).",
        "feature_usage: active_user_ratio per client over the window from stored usage periods (finest stored granularity, day-weighted active / licensed users, as track_usage_engagement); "
            + FormattableString.Invariant($"bands of 0.2; anomaly = ratio fell by more than {AnomalyDrop * 100:0}% versus the {lookbackDays} days before the window (both windows need usage data), largest fall first."),
        "feature adoption: per feature, clients in scope whose tier includes it (released by the window end) that used it in the window (first use by the end, last use after the start) / those clients; most adopted by rate then id, least adopted by rate then id, features available to no one left out.",
        "support: tickets created in the window; tickets_per_client_per_30_days = tickets / clients analysed / (lookback days / 30); first response = first_response_at - created_at over responded tickets (hours); "
            + "satisfaction = the requester's 1-5 rating over rated tickets, satisfied = 4 or 5.",
    ];
}

public sealed record ScopeClient(string ClientId, string ClientName, ClientTier Tier, decimal Arr, DateOnly RenewalDate);
