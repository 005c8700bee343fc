using System.ComponentModel;
using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Application.Common.Tools;
using CsMcp.Application.Features.Health.Scoring;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.AnalyzeEngagementPatterns;

[Tool("analyze_engagement_patterns", Toolsets.Health, Title = "Analyze engagement patterns", ReadOnly = true, Idempotent = true)]
[Description("Engagement patterns of the portfolio, a segment (health range, tier, lifecycle stage) or one client over a lookback window, from stored data: "
    + "engagement events by weekday and hour (UTC), by type and direction; the distribution of active-user ratios with clients whose ratio fell by more "
    + "than 30% versus the previous window listed as anomalies; the most and least adopted features; support tickets per client per 30 days, "
    + "first response time and satisfaction. Lists are limited, with their totals.")]
public sealed record AnalyzeEngagementPatterns : IQuery<AnalyzeEngagementPatternsResult>
{
    [Description("all_customers (default), segment (scope_filter with health_min, health_max, tier and/or lifecycle_stage) or individual (scope_filter.client_id).")]
    public string AnalysisScope { get; init; } = AnalysisScopes.AllCustomers;

    [Description("The segment conditions or the client, depending on analysis_scope; validated strictly (unknown keys are rejected).")]
    public EngagementScopeFilter? ScopeFilter { get; init; }

    [Description("Any of temporal, feature_usage, communication, support. Omit for all four.")]
    public IReadOnlyList<string>? PatternTypes { get; init; }

    [Description("Days of data up to today (UTC) to analyse, 7-365. Default 90. Usage anomalies compare with the window of the same length before it.")]
    public int LookbackPeriodDays { get; init; } = 90;

    [Description("Maximum entries of each list (anomalies, most/least adopted features, clients with most tickets), 1-1000. Default 20; each list reports its total.")]
    public int Limit { get; init; } = 20;
}

public sealed class AnalyzeEngagementPatternsHandler(IAppDbContext db, TimeProvider time) : IQueryHandler<AnalyzeEngagementPatterns, AnalyzeEngagementPatternsResult>
{
    public const decimal AnomalyDrop = 0.30m;

    public async ValueTask<AnalyzeEngagementPatternsResult> Handle(AnalyzeEngagementPatterns query, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var window = HealthWindow.EndingOn(DateOnly.FromDateTime(now), query.LookbackPeriodDays);
        var scopeName = query.AnalysisScope.Trim().ToLowerInvariant();
        var filter = query.ScopeFilter;
        var clients = Scope(scopeName, filter);
        var types = query.PatternTypes is null ? PatternTypes.All : [.. PatternTypes.All.Where(t => query.PatternTypes.Any(p => string.Equals(p.Trim(), t, StringComparison.OrdinalIgnoreCase)))];

        var scope = await clients.AsNoTracking().Select(c => new ScopeClient(c.ClientId, c.ClientName, c.Tier)).ToListAsync(cancellationToken);
        if (scopeName == AnalysisScopes.Individual && scope.Count == 0)
            throw NotFoundException.Client(filter!.ClientId!);
        var ids = clients.Select(c => c.ClientId);
        var patterns = new EngagementPatternQueries(db, ids, scope, window, query.Limit);

        var events = types.Contains(PatternTypes.Temporal) || types.Contains(PatternTypes.Communication)
            ? await patterns.EventsAsync(cancellationToken)
            : null;
        var clientsWithEvents = types.Contains(PatternTypes.Communication) ? await patterns.ClientsWithEventsAsync(cancellationToken) : 0;
        var result = new AnalyzeEngagementPatternsResult(
            new PatternScope(
                scopeName, filter?.ClientId, filter?.HealthMin, filter?.HealthMax, Code<ClientTier>(filter?.Tier), Code<LifecycleStage>(filter?.LifecycleStage),
                scope.Count, query.LookbackPeriodDays, window.Start, window.End, types),
            types.Contains(PatternTypes.Temporal) ? EngagementPatternQueries.Temporal(events!) : null,
            types.Contains(PatternTypes.FeatureUsage) ? await patterns.FeatureUsageAsync(cancellationToken) : null,
            types.Contains(PatternTypes.Communication) ? EngagementPatternQueries.Communication(events!, scope.Count, clientsWithEvents, query.LookbackPeriodDays) : null,
            types.Contains(PatternTypes.Support) ? await patterns.SupportAsync(cancellationToken) : null,
            [],
            Rules(query.LookbackPeriodDays),
            now);
        return result with { MissingData = MissingData(result) };
    }

    private IQueryable<Client> Scope(string scope, EngagementScopeFilter? filter)
    {
        var clients = db.Clients.AsNoTracking();
        if (scope == AnalysisScopes.Individual)
            return clients.Where(c => c.ClientId == filter!.ClientId);
        if (scope != AnalysisScopes.Segment || filter is null)
            return clients;
        if (filter.Tier is not null)
        {
            var tier = EnumCodes<ClientTier>.Parse(filter.Tier);
            clients = clients.Where(c => c.Tier == tier);
        }

        if (filter.LifecycleStage is not null)
        {
            var stage = EnumCodes<LifecycleStage>.Parse(filter.LifecycleStage);
            clients = clients.Where(c => c.LifecycleStage == stage);
        }

        if (filter.HealthMin is { } min)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore >= min);
        if (filter.HealthMax is { } max)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore <= max);
        return clients;
    }

    private static string? Code<TEnum>(string? value) where TEnum : struct, Enum =>
        value is null ? null : EnumCodes<TEnum>.ToCode(EnumCodes<TEnum>.Parse(value));

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

public sealed record ScopeClient(string ClientId, string ClientName, ClientTier Tier);
