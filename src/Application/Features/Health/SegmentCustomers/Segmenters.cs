using System.Globalization;
using CsMcp.Application.Common.Portfolio;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;

namespace CsMcp.Application.Features.Health.SegmentCustomers;

/// <summary>A segment's identity and the rule that puts a client in it, in words.</summary>
public sealed record SegmentDefinition(string SegmentId, string Name, string Rule);

/// <summary>Where a client landed: a segment and the stored value that put it there, or no segment and why.</summary>
public sealed record SegmentAssignment(string? SegmentId, string Basis);

/// <summary>The latest monthly usage of a client: active and licensed users.</summary>
public sealed record UsageFact(DateOnly PeriodStart, DateOnly PeriodEnd, int ActiveUsers, int TotalUsers);

/// <summary>Builds the segments of one segmentation type and assigns each client to at most one of them.</summary>
public sealed class Segmenter
{
    public const decimal StrategicArr = 100_000m;
    public const decimal HighValueArr = 50_000m;
    public const decimal StandardArr = 10_000m;
    public const decimal PowerActivation = 0.75m;
    public const decimal RegularActivation = 0.40m;
    public const int HealthyScore = RenewalOutlook.LowRiskFrom;
    public const int ModerateScore = RenewalOutlook.MediumRiskFrom;
    public const int UsageWindowDays = 31;

    private readonly Func<ClientFacts, SegmentAssignment> _assign;

    private Segmenter(IReadOnlyList<SegmentDefinition> definitions, Func<ClientFacts, SegmentAssignment> assign, string rule)
    {
        Definitions = definitions;
        _assign = assign;
        Rule = rule;
    }

    public IReadOnlyList<SegmentDefinition> Definitions { get; }

    public string Rule { get; }

    public SegmentAssignment Assign(ClientFacts client) => _assign(client);

    public static Segmenter ValueBased() => new(
        [
            new("seg_vip_strategic", "VIP Strategic", "ARR >= 100,000"),
            new("seg_high_value", "High-Value Growth", "50,000 <= ARR < 100,000"),
            new("seg_standard", "Standard", "10,000 <= ARR < 50,000"),
        ],
        c => c.Arr >= StrategicArr ? new("seg_vip_strategic", Arr(c))
            : c.Arr >= HighValueArr ? new("seg_high_value", Arr(c))
            : c.Arr >= StandardArr ? new("seg_standard", Arr(c))
            : new(null, $"ARR {Money.Plain(c.Arr)} is below 10,000; value-based segmentation leaves these clients out"),
        "By the client's stored ARR (contract_value); clients under 10,000 are not segmented (reference rule).");

    public static Segmenter HealthBased() => new(
        [
            new("seg_healthy", "Healthy & Thriving", $"health score >= {HealthyScore}"),
            new("seg_moderate", "Moderate", $"{ModerateScore} <= health score < {HealthyScore}"),
            new("seg_at_risk", "At Risk", $"health score < {ModerateScore}"),
        ],
        c => c.HealthScore is not { } h ? new(null, "no stored health score (run calculate_health_score)")
            : new(h >= HealthyScore ? "seg_healthy" : h >= ModerateScore ? "seg_moderate" : "seg_at_risk", $"health score {h}"),
        "By the stored health score; clients never scored are reported as unscored, not given a default.");

    /// <summary>Usage from the activation rate (active / licensed users) of the client's latest monthly usage period ending in the last 31 days.</summary>
    public static Segmenter UsageBased(IReadOnlyDictionary<string, UsageFact> usage) => new(
        [
            new("seg_power_users", "Power Users", "activation >= 0.75"),
            new("seg_active_users", "Active Regular", "0.40 <= activation < 0.75"),
            new("seg_casual_users", "Casual", "activation < 0.40"),
        ],
        c =>
        {
            if (!usage.TryGetValue(c.ClientId, out var u) || u.TotalUsers == 0)
                return new(null, $"no monthly usage period with licensed users ending in the last {UsageWindowDays} days");
            var rate = Rounding.Ratio(u.ActiveUsers / (decimal)u.TotalUsers);
            var basis = $"activation {rate.ToString("0.####", CultureInfo.InvariantCulture)} ({u.ActiveUsers}/{u.TotalUsers} users, {u.PeriodStart:yyyy-MM-dd} to {u.PeriodEnd:yyyy-MM-dd})";
            return new(rate >= PowerActivation ? "seg_power_users" : rate >= RegularActivation ? "seg_active_users" : "seg_casual_users", basis);
        },
        $"By the activation rate (active_users / total_users) of the latest monthly usage period ending in the last {UsageWindowDays} days.");

    public static Segmenter Lifecycle() => new(
        [.. Enum.GetValues<LifecycleStage>().Select(s => new SegmentDefinition($"seg_{EnumCodes<LifecycleStage>.ToCode(s)}", Title(EnumCodes<LifecycleStage>.ToCode(s)), $"lifecycle stage {EnumCodes<LifecycleStage>.ToCode(s)}"))],
        c => new($"seg_{EnumCodes<LifecycleStage>.ToCode(c.LifecycleStage)}", $"lifecycle stage {EnumCodes<LifecycleStage>.ToCode(c.LifecycleStage)}"),
        "By the stored lifecycle stage; every stage, including at_risk and churned, is a segment.");

    public static Segmenter Industry(IReadOnlyList<ClientFacts> clients, IReadOnlyList<string>? only)
    {
        var names = only is { Count: > 0 }
            ? only.Select(i => i.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
            : clients.Select(c => IndustryName(c.Industry)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var ids = names.ToDictionary(n => n, IndustryId, StringComparer.OrdinalIgnoreCase);
        return new(
            [.. names.Select(n => new SegmentDefinition(ids[n], n, $"industry '{n}' (case-insensitive)"))],
            c => ids.TryGetValue(IndustryName(c.Industry), out var id)
                ? new(id, $"industry {IndustryName(c.Industry)}")
                : new(null, $"industry '{IndustryName(c.Industry)}' is not in criteria.industries"),
            only is { Count: > 0 } ? "By the stored industry, limited to criteria.industries." : "By the stored industry; clients without one form 'Unspecified'.");
    }

    /// <summary>The caller's segments; <paramref name="members"/> holds, per rule, the ids of the clients its filters select.</summary>
    public static Segmenter Custom(IReadOnlyList<CustomSegmentRule> rules, IReadOnlyList<IReadOnlySet<string>> members) => new(
        [.. rules.Select(r => new SegmentDefinition(r.SegmentId, r.Name.Trim(), Describe(r)))],
        c => Enumerable.Range(0, rules.Count).FirstOrDefault(i => members[i].Contains(c.ClientId), -1) is var i and >= 0
            ? new(rules[i].SegmentId, $"matched {rules[i].SegmentId}: {Describe(rules[i])}")
            : new(null, "matched none of criteria.segments"),
        "By the caller's rules in criteria.segments (portfolio filters), first match wins.");

    /// <summary>
    /// Clients ranked by the average of their percentile ranks on the dimensions (ties by client id), cut into equal-count groups,
    /// seg_q1 the lowest. A client without a value on a dimension (no health score) is left unsegmented.
    /// </summary>
    public static Segmenter Ranked(IReadOnlyList<ClientFacts> clients, IReadOnlyList<SegmentDimension> dimensions, int groups, DateOnly today)
    {
        var names = string.Join(", ", dimensions.Select(EnumCodes<SegmentDimension>.ToCode));
        var ranked = clients.Where(c => dimensions.All(d => Value(c, d, today) is not null)).ToList();
        var score = ranked.ToDictionary(c => c.ClientId, _ => 0m, StringComparer.Ordinal);
        foreach (var dimension in dimensions)
        {
            var order = ranked.OrderBy(c => Value(c, dimension, today)).ThenBy(c => c.ClientId, StringComparer.Ordinal).ToList();
            for (var i = 0; i < order.Count; i++)
                score[order[i].ClientId] += order.Count == 1 ? 0m : i / (decimal)(order.Count - 1);
        }

        var byRank = ranked.OrderBy(c => score[c.ClientId]).ThenBy(c => c.ClientId, StringComparer.Ordinal).Select(c => c.ClientId).ToList();
        var group = byRank.Select((id, i) => (id, Group: (i * groups / Math.Max(1, byRank.Count)) + 1)).ToDictionary(p => p.id, p => p.Group, StringComparer.Ordinal);
        return new(
            [.. Enumerable.Range(1, groups).Select(g => new SegmentDefinition($"seg_q{g}", $"Group {g} of {groups}", $"rank group {g} of {groups} by {names} (1 = lowest)"))],
            c => group.TryGetValue(c.ClientId, out var g)
                ? new($"seg_q{g}", $"rank group {g} of {groups} by {names}")
                : new(null, "no stored health score (run calculate_health_score)"),
            $"Custom: clients ranked by the average percentile of {names}, cut into {groups} equal-count groups (seg_q1 lowest).");
    }

    private static decimal? Value(ClientFacts c, SegmentDimension dimension, DateOnly today) => dimension switch
    {
        SegmentDimension.Arr => c.Arr,
        SegmentDimension.HealthScore => c.HealthScore,
        _ => today.DayNumber - DateOnly.FromDateTime(c.CreatedAt).DayNumber,
    };

    private static string Describe(CustomSegmentRule r)
    {
        var s = AppliedScope.Of(r);
        var parts = new List<string>();
        if (s.Tiers is { } tiers)
            parts.Add($"tier in [{string.Join(", ", tiers)}]");
        if (s.LifecycleStages is { } stages)
            parts.Add($"stage in [{string.Join(", ", stages)}]");
        if (s.Industries is { } industries)
            parts.Add($"industry in [{string.Join(", ", industries)}]");
        if (s.Csm is { } csm)
            parts.Add($"csm {csm}");
        if (s.ArrMin is { } arrMin)
            parts.Add($"ARR >= {Money.Plain(arrMin)}");
        if (s.ArrMax is { } arrMax)
            parts.Add($"ARR <= {Money.Plain(arrMax)}");
        if (s.HealthScoreMin is { } hMin)
            parts.Add($"health >= {hMin}");
        if (s.HealthScoreMax is { } hMax)
            parts.Add($"health <= {hMax}");
        if (s.RenewalWithinDays is { } days)
            parts.Add($"renewal within {days} days");
        return string.Join(" and ", parts);
    }

    private static string Arr(ClientFacts c) => $"ARR {Money.Plain(c.Arr)}";

    public static string IndustryName(string? industry) => string.IsNullOrWhiteSpace(industry) ? "Unspecified" : industry.Trim();

    private static string IndustryId(string name)
    {
        var slug = new string([.. name.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '_')]).Trim('_');
        while (slug.Contains("__", StringComparison.Ordinal))
            slug = slug.Replace("__", "_", StringComparison.Ordinal);
        return $"seg_industry_{(slug.Length == 0 ? "other" : slug)}";
    }

    private static string Title(string code) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(code.Replace('_', ' '));
}
