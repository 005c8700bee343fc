using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;
using CsMcp.Domain.Features;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Health.Usage;

/// <summary>The per-client usage reads the usage tools share: feature status in a period and the same-tier benchmark.</summary>
public static class ClientUsageQueries
{
    public const string FeatureRule = "feature adoption: features of the catalogue whose minimum tier the client has and released by the period end; in_use = first used by the period end and last used on or after the period start (only first and last use are stored).";

    public const string BenchmarkRule = "benchmark: the client's active_user_ratio against every other client of the same tier with usage data in the same period, by the same rule; percentile = percent of those peers below the client, ties counted half.";

    /// <summary>Every catalogue feature available to <paramref name="tier"/> by <paramref name="last"/>, by category then id, with its status in [first, last].</summary>
    public static async Task<List<FeatureUse>> FeatureUseAsync(this IAppDbContext db, string clientId, ClientTier tier, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var start = first.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var endExclusive = last.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var tiers = Feature.MinimumTiersAvailableTo(tier);
        var catalogue = await db.Features.AsNoTracking().Where(f => tiers.Contains(f.MinimumTier) && f.ReleasedOn <= last).ToListAsync(cancellationToken);
        var adoption = await db.FeatureAdoptions.AsNoTracking().Where(a => a.ClientId == clientId)
            .ToDictionaryAsync(a => a.FeatureId, StringComparer.Ordinal, cancellationToken);
        return
        [
            .. catalogue.OrderBy(f => f.Category).ThenBy(f => f.FeatureId, StringComparer.Ordinal).Select(f =>
            {
                var used = adoption.GetValueOrDefault(f.FeatureId);
                var status = used is null ? FeatureUse.NeverUsed
                    : used.FirstUsedAt >= endExclusive ? FeatureUse.NotYet
                    : used.LastUsedAt < start ? FeatureUse.Lapsed
                    : FeatureUse.InUse;
                return new FeatureUse(f.FeatureId, f.Name, f.Category, status, used?.FirstUsedAt, used?.LastUsedAt, used?.ActiveUsers);
            }),
        ];
    }

    /// <summary>The client's active-user ratio against every other client of its tier with usage in [first, last].</summary>
    public static async Task<TierBenchmark> ActiveUserRatioBenchmarkAsync(this IAppDbContext db, string clientId, ClientTier tier, UsageAggregate? usage,
        DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var peers = db.Clients.Where(c => c.Tier == tier && c.ClientId != clientId).Select(c => c.ClientId);
        var peerCount = await peers.CountAsync(cancellationToken);
        var rows = await db.UsageRowsAsync(peers, first, last, cancellationToken);
        var ratios = rows.Select(g => UsageAggregate.Over(g, first, last)?.ActiveUserRatio)
            .Where(r => r is not null).Select(r => r!.Value).Order().ToList();
        decimal? percentile = usage?.ActiveUserRatio is { } mine && ratios.Count > 0
            ? Rounding.Percent((ratios.Count(r => r < mine) + ratios.Count(r => r == mine) / 2m) * 100m / ratios.Count)
            : null;
        return new TierBenchmark(
            "active_user_ratio", tier, usage?.ActiveUserRatio, ratios.Count, peerCount - ratios.Count,
            Median(ratios), ratios.Count == 0 ? null : Rounding.Ratio(ratios.Average()), percentile);
    }

    private static decimal? Median(List<decimal> sorted) =>
        sorted.Count == 0 ? null : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : Rounding.Ratio((sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2);
}
