using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Application.Features.Health.Usage;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Features;
using CsMcp.Domain.Health;
using CsMcp.Domain.Usage;
using static CsMcp.Domain.Common.EnumCodes;

namespace CsMcp.Application.Features.Feedback.AnalyzeProductUsage;

/// <summary>The figures, opportunities and risks of analyze_product_usage, from the client's usage and feature status in two periods.</summary>
public sealed class ProductUsageAnalysis
{
    public const decimal PowerUserThreshold = 5m;
    public const decimal InactiveShareRisk = 0.20m;
    public const decimal LowUtilisationRisk = 0.30m;
    public const int UrgentReviewBelow = 60;
    public const int MostUsedCount = 5;

    private readonly UsageAggregate? _usage;
    private readonly UsageAggregate? _before;
    private readonly int _featuresAvailable;
    private readonly decimal? _utilisation;

    private ProductUsageAnalysis(Client client, UsageAggregate? usage, UsageAggregate? before, List<FeatureUse> features, List<FeatureUse> featuresBefore, DateOnly first)
    {
        _usage = usage;
        _before = before;
        _featuresAvailable = features.Count;
        var inUse = features.Where(f => f.Status == FeatureUse.InUse).ToList();
        _utilisation = Stats.Ratio(inUse.Count, features.Count);
        var adoption = usage is not { AverageActiveUsers: > 0 } ? (decimal?)null
            : inUse.Count == 0 ? 0m
            : Rounding.Ratio(inUse.Average(f => Math.Min(1m, (f.ActiveUsers ?? 0) / usage.AverageActiveUsers)));

        Trends =
        [
            MetricChange.Of("actions_per_day", PerDay(usage), PerDay(before)),
            MetricChange.Of("active_user_ratio", usage?.ActiveUserRatio, before?.ActiveUserRatio),
            MetricChange.Of("features_in_use", inUse.Count, featuresBefore.Count(f => f.Status == FeatureUse.InUse)),
        ];
        var trend = Trends[0];
        int? score = usage?.ActiveUserRatio is { } share && _utilisation is { } u && adoption is { } a
            ? UsageHealth.Score(u, a, share, trend.Trend)
            : null;
        Summary = new ProductUsageSummary(score, usage?.Actions, usage?.AverageActiveUsers, usage?.Logins, _utilisation, trend.Trend, trend.RelativeChange);

        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var underused = features.Where(f => f.Status != FeatureUse.InUse).ToList();
        Features = new FeatureInsights(
            features.Count, inUse.Count, _utilisation,
            [.. inUse.OrderByDescending(f => f.ActiveUsers ?? 0).ThenBy(f => f.FeatureId, StringComparer.Ordinal).Take(MostUsedCount)],
            underused,
            [.. inUse.Where(f => f.FirstUsedAt >= start)]);
        Adoption = new AdoptionAnalysis(adoption,
        [
            .. features.GroupBy(f => f.Category).OrderBy(g => g.Key)
                .Select(g => new CategoryAdoption(g.Key, g.Count(), g.Count(f => f.Status == FeatureUse.InUse), Stats.Ratio(g.Count(f => f.Status == FeatureUse.InUse), g.Count()))),
        ]);

        var segments = usage is null ? null : UserSegmentation.Of(usage);
        Users = segments is null ? null : new UserInsights(segments.LicensedUsers, segments.Daily, segments.MonthlyNotWeekly, segments.Inactive, segments);
        Opportunities = OpportunitiesOf(client, usage, segments);
        Risks = RisksOf(usage, segments, trend, _utilisation);
        Recommendations = RecommendationsOf(client, score, Risks, Opportunities, underused);
    }

    public ProductUsageSummary Summary { get; }

    public FeatureInsights Features { get; }

    public UserInsights? Users { get; }

    public AdoptionAnalysis Adoption { get; }

    public IReadOnlyList<MetricChange> Trends { get; }

    public ExpansionOpportunities Opportunities { get; }

    public IReadOnlyList<UsageAlert> Risks { get; }

    public IReadOnlyList<string> Recommendations { get; }

    public static ProductUsageAnalysis Of(Client client, UsageAggregate? usage, UsageAggregate? before, List<FeatureUse> features, List<FeatureUse> featuresBefore, DateOnly first) =>
        new(client, usage, before, features, featuresBefore, first);

    public static IReadOnlyList<string> Rules(bool withBenchmark) =>
    [
        UsageHealth.Rule,
        "utilisation = features in use / features available; adoption = average over in-use features of the feature's active users (30 days to its last use) / the client's average active users, each capped at 1; active_user_share = active_user_ratio capped at 1.",
        $"usage_trend: actions per covered day vs the previous period of equal length; {MetricChange.TrendRule}.",
        ClientUsageQueries.FeatureRule,
        "user insights (no per-user data is stored): power users = average DAU; at-risk users = MAU - WAU (active in the month, not weekly); inactive = licensed - active users.",
        FormattableString.Invariant($"opportunities: tier_upgrade when average DAU > {PowerUserThreshold} and a next tier exists; ") + TierLadder.Rule
            + " seat_expansion when active users exceed licensed ones: contract value x (active - licensed) / licensed.",
        FormattableString.Invariant($"risks: declining_usage (high) when usage_trend is down; high_inactive_users (medium) when inactive > {InactiveShareRisk * 100:0}% of licensed users; low_feature_utilization (medium) when utilisation < {LowUtilisationRisk}."),
        .. withBenchmark ? [ClientUsageQueries.BenchmarkRule] : Array.Empty<string>(),
    ];

    public IReadOnlyList<string> MissingData(TierBenchmark? benchmark)
    {
        var missing = new List<string>();
        if (_usage is null)
            missing.Add("usage: no stored usage period overlaps the period, so usage figures, the score, user insights and opportunities are missing (not zero).");
        else if (_usage.DaysCovered < _usage.DaysInRange)
            missing.Add($"usage: stored periods cover {_usage.DaysCovered} of the {_usage.DaysInRange} days; averages are over the covered days, totals only count them.");
        if (_before is null)
            missing.Add("comparison: no stored usage period overlaps the previous period, so usage_trend is no_data and the score uses no trend multiplier.");
        if (_featuresAvailable == 0)
            missing.Add("features: no catalogue feature is available to the client's tier by the period end, so utilisation and the score are missing.");
        if (benchmark is { PeersWithData: 0 })
            missing.Add("benchmark: no other client of the tier has usage data in the period.");
        return missing;
    }

    private static ExpansionOpportunities OpportunitiesOf(Client client, UsageAggregate? usage, UserSegmentation? segments)
    {
        var found = new List<ExpansionOpportunity>();
        if (segments is { Daily: > PowerUserThreshold } && TierLadder.Upgrade(client.Tier) is { } up)
        {
            found.Add(new("tier_upgrade",
                FormattableString.Invariant($"{segments.Daily} average daily users (more than {PowerUserThreshold}); {Code(client.Tier)} to {Code(up.Next)} x{up.Multiplier} on {Money.Plain(client.ContractValue)}"),
                TierLadder.ExpansionValue(client.Tier, client.ContractValue)!.Value));
        }

        if (usage is { LicensedUsers: > 0 } && usage.AverageActiveUsers > usage.LicensedUsers)
        {
            found.Add(new("seat_expansion",
                FormattableString.Invariant($"{usage.AverageActiveUsers} average active users on {usage.LicensedUsers} licences"),
                Rounding.Amount(client.ContractValue * (usage.AverageActiveUsers - usage.LicensedUsers) / usage.LicensedUsers)));
        }

        return new ExpansionOpportunities(found, found.Sum(o => o.EstimatedArr));
    }

    private static List<UsageAlert> RisksOf(UsageAggregate? usage, UserSegmentation? segments, MetricChange trend, decimal? utilisation)
    {
        var risks = new List<UsageAlert>();
        if (trend.Trend == "down")
        {
            risks.Add(new("declining_usage", AlertSeverity.High, "Usage fell versus the previous period.",
                FormattableString.Invariant($"actions per day {trend.Current} vs {trend.Previous} (relative change {trend.RelativeChange})")));
        }

        if (segments is { LicensedUsers: > 0 } && segments.Inactive / segments.LicensedUsers > InactiveShareRisk)
        {
            risks.Add(new("high_inactive_users", AlertSeverity.Medium,
                FormattableString.Invariant($"More than {InactiveShareRisk * 100:0}% of licensed users were inactive."),
                FormattableString.Invariant($"{segments.Inactive} of {segments.LicensedUsers} licensed users inactive (average active {usage!.AverageActiveUsers})")));
        }

        if (utilisation < LowUtilisationRisk)
        {
            risks.Add(new("low_feature_utilization", AlertSeverity.Medium,
                FormattableString.Invariant($"Under {LowUtilisationRisk * 100:0}% of the available features were in use."),
                FormattableString.Invariant($"utilisation {utilisation}")));
        }

        return risks;
    }

    private static List<string> RecommendationsOf(Client client, int? score, IReadOnlyList<UsageAlert> risks, ExpansionOpportunities opportunities, List<FeatureUse> underused)
    {
        var advice = new List<string>();
        if (score < UrgentReviewBelow)
            advice.Add($"Usage health is {score} (under {UrgentReviewBelow}): hold an urgent usage review with {client.ClientName}.");
        advice.AddRange(risks.Where(r => r.Severity == AlertSeverity.High).Select(r => $"Act on {r.Code}: {r.Message} ({r.Evidence})."));
        advice.AddRange(opportunities.Expansion.Select(o => $"Discuss {o.Type} (about {Money.Plain(o.EstimatedArr)} ARR): {o.Evidence}."));
        if (underused.FirstOrDefault() is { } feature)
            advice.Add($"Offer training on {feature.Name} ({feature.FeatureId}): available to the tier, {feature.Status.Replace('_', ' ')} in the period.");
        return advice;
    }

    private static decimal? PerDay(UsageAggregate? usage) => usage is { DaysCovered: > 0 } ? Rounding.Amount(usage.Actions / usage.DaysCovered) : null;
}
