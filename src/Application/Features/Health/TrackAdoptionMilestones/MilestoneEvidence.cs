using System.Globalization;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Application.Features.Health.Portfolio;
using CsMcp.Domain.Common;
using CsMcp.Domain.Features;

namespace CsMcp.Application.Features.Health.TrackAdoptionMilestones;

public sealed record UsageRow(DateOnly PeriodStart, DateOnly PeriodEnd, int ActiveUsers, int TotalUsers);

public sealed record AdoptionRow(string FeatureId, DateTime FirstUsedAt);

/// <summary>The stored rows the milestone rules read, per client, loaded once for the whole scope.</summary>
public sealed class MilestoneEvidence
{
    public required IReadOnlyDictionary<string, Feature> Features { get; init; }
    public required ILookup<string, UsageRow> Usage { get; init; }
    public required ILookup<string, AdoptionRow> Adoptions { get; init; }

    /// <summary>Per engagement rule key (event type + summary text): the first matching event of each client.</summary>
    public required IReadOnlyDictionary<string, Dictionary<string, DateTime>> FirstEngagement { get; init; }

    public required IReadOnlyDictionary<string, DateTime> FirstPromoter { get; init; }

    public static string EngagementKey(MilestoneRule rule) => $"{rule.EventType!.Trim().ToLowerInvariant()}|{rule.SummaryContains?.Trim().ToLowerInvariant()}";

    /// <summary>When the client reached the milestone and the stored fact that shows it; null date when not reached.</summary>
    public (DateOnly? On, string Evidence) Evaluate(MilestoneRule rule, ClientFacts client, DateOnly today)
    {
        var start = DateOnly.FromDateTime(client.CreatedAt);
        switch (rule.Kind.Trim().ToLowerInvariant())
        {
            case MilestoneKinds.FirstActiveUsage:
            {
                var first = Usage[client.ClientId].Where(u => u.ActiveUsers > 0).MinBy(u => u.PeriodStart);
                return first is null ? (null, "no usage period with active users")
                    : (Max(first.PeriodStart, start), $"usage period {Iso(first.PeriodStart)} to {Iso(first.PeriodEnd)}: {first.ActiveUsers} active users");
            }

            case MilestoneKinds.ActiveUserRatio:
            {
                var ratio = rule.Ratio!.Value;
                var first = Usage[client.ClientId].Where(u => u.TotalUsers > 0 && u.ActiveUsers >= ratio * u.TotalUsers).MinBy(u => u.PeriodStart);
                return first is null ? (null, $"no usage period with at least {ratio.ToString("0.##", CultureInfo.InvariantCulture)} of licensed users active")
                    : (Min(Max(first.PeriodEnd, start), today), $"usage period {Iso(first.PeriodStart)} to {Iso(first.PeriodEnd)}: {first.ActiveUsers} of {first.TotalUsers} licensed users active");
            }

            case MilestoneKinds.FeatureAdopted:
            {
                var used = Adoptions[client.ClientId].FirstOrDefault(a => a.FeatureId == rule.FeatureId);
                return used is null ? (null, $"{rule.FeatureId} never used") : (Day(used.FirstUsedAt), $"{rule.FeatureId} first used {Iso(Day(used.FirstUsedAt))}");
            }

            case MilestoneKinds.CategoryFeaturesAdopted:
            {
                var category = EnumCodes<FeatureCategory>.Parse(rule.Category!);
                var count = rule.Count!.Value;
                var used = Adoptions[client.ClientId].Where(a => Features.TryGetValue(a.FeatureId, out var f) && f.Category == category)
                    .OrderBy(a => a.FirstUsedAt).ThenBy(a => a.FeatureId, StringComparer.Ordinal).ToList();
                var code = EnumCodes<FeatureCategory>.ToCode(category);
                return used.Count < count ? (null, $"{used.Count} of {count} {code} features used")
                    : (Day(used[count - 1].FirstUsedAt), $"{code} features first used: {string.Join(", ", used.Take(count).Select(a => $"{a.FeatureId} {Iso(Day(a.FirstUsedAt))}"))}");
            }

            case MilestoneKinds.AllCoreFeaturesAdopted:
            {
                var core = Features.Values.Where(f => f.Category == FeatureCategory.Core && f.IsAvailableTo(client.Tier, today)).Select(f => f.FeatureId).ToHashSet(StringComparer.Ordinal);
                if (core.Count == 0)
                    return (null, "no core feature is available to the client's tier");
                var used = Adoptions[client.ClientId].Where(a => core.Contains(a.FeatureId)).ToList();
                return used.Count < core.Count ? (null, $"{used.Count} of {core.Count} available core features used")
                    : (Day(used.Max(a => a.FirstUsedAt)), $"all {core.Count} available core features used; the last first used {Iso(Day(used.Max(a => a.FirstUsedAt)))}");
            }

            case MilestoneKinds.EngagementEvent:
            {
                var label = $"{rule.EventType!.Trim().ToLowerInvariant()} event" + (rule.SummaryContains is { } s ? $" with '{s}' in its summary" : string.Empty);
                return FirstEngagement[EngagementKey(rule)].TryGetValue(client.ClientId, out var at)
                    ? (Day(at), $"first {label} on {Iso(Day(at))}") : (null, $"no {label}");
            }

            default:
                return FirstPromoter.TryGetValue(client.ClientId, out var promoted)
                    ? (Day(promoted), $"first NPS answer of 9-10 on {Iso(Day(promoted))}") : (null, "no NPS answer of 9-10");
        }
    }

    private static DateOnly Day(DateTime at) => DateOnly.FromDateTime(at);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
