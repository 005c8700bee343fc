using CsMcp.Application.Common.Results;
using System.Text.RegularExpressions;
using CsMcp.Application.Common.Validation;
using CsMcp.Application.Features.Health.Portfolio;
using FluentValidation;

namespace CsMcp.Application.Features.Health.SegmentByValueTier;

public sealed partial class SegmentByValueTierValidator : ToolValidator<SegmentByValueTier>
{
    public const int MaxTiers = 10;
    public const int MaxListSize = 100;

    public SegmentByValueTierValidator()
    {
        this.AddPagingRules();
        RuleFor(r => r.VipLimit).InclusiveBetween(0, MaxListSize).WithMessage($"'{{PropertyName}}' must be between 0 and {MaxListSize}; got {{PropertyValue}}.");
        RuleFor(r => r.CandidatesPerTier).InclusiveBetween(0, MaxListSize).WithMessage($"'{{PropertyName}}' must be between 0 and {MaxListSize}; got {{PropertyValue}}.");
        RuleFor(r => r.TierDefinitions).Custom((tiers, context) =>
        {
            if (tiers is null)
                return;
            foreach (var (argument, rule) in Check(tiers.Tiers))
                context.AddFailure(argument, rule);
        });
    }

    /// <summary>Every broken rule of custom tiers: ids, ranges, then the bands (sorted by min_arr) must tile [0, infinity) exactly.</summary>
    public static IEnumerable<(string Argument, string Rule)> Check(IReadOnlyList<ValueTierDefinition> tiers)
    {
        if (tiers.Count is 0 or > MaxTiers)
        {
            yield return ("tier_definitions", $"'tier_definitions' must hold 1-{MaxTiers} tiers; got {tiers.Count}.");
            yield break;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var broken = false;
        for (var i = 0; i < tiers.Count; i++)
        {
            var t = tiers[i];
            var at = $"tier_definitions[{i}]";
            if (t is null)
            {
                yield return (at, $"'{at}' must be an object with tier_id and min_arr.");
                broken = true;
                continue;
            }

            if (string.IsNullOrWhiteSpace(t.TierId) || !TierIdPattern().IsMatch(t.TierId))
                yield return ($"{at}.tier_id", $"'tier_id' must be 1-50 lowercase letters, digits or underscores; got '{t.TierId}'.");
            else if (!ids.Add(t.TierId))
                yield return ($"{at}.tier_id", $"'tier_id' '{t.TierId}' is used by more than one tier; ids must be unique.");
            if (t.MinArr < 0)
                yield return ($"{at}.min_arr", $"'min_arr' must be 0 or more; got {t.MinArr}.");
            if (t.MaxArr is { } max && max <= t.MinArr)
            {
                yield return ($"{at}.max_arr", $"'max_arr' ({max}) must be greater than min_arr ({t.MinArr}).");
                broken = true;
            }

            if (t.ClientsPerCsm is < 1 or > 100_000)
                yield return ($"{at}.clients_per_csm", $"'clients_per_csm' must be between 1 and 100000; got {t.ClientsPerCsm}.");
            if (t.ResponseSlaHours is < 1 or > 720)
                yield return ($"{at}.response_sla_hours", $"'response_sla_hours' must be between 1 and 720; got {t.ResponseSlaHours}.");
            if (t.CsmAnnualCost is < 0)
                yield return ($"{at}.csm_annual_cost", $"'csm_annual_cost' must be 0 or more; got {t.CsmAnnualCost}.");
            if (t.Name is { Length: > 100 })
                yield return ($"{at}.name", "'name' must be at most 100 characters.");
        }

        if (broken)
            yield break;
        var sorted = tiers.OrderBy(t => t.MinArr).ToList();
        if (sorted[0].MinArr != 0)
            yield return ("tier_definitions", $"the lowest tier ('{sorted[0].TierId}') must start at min_arr 0; got {sorted[0].MinArr}, so clients below it would have no tier.");
        for (var i = 0; i < sorted.Count - 1; i++)
        {
            var (low, high) = (sorted[i], sorted[i + 1]);
            if (low.MaxArr is null)
                yield return ("tier_definitions", $"only the top tier may omit max_arr; '{low.TierId}' has none but '{high.TierId}' starts higher at {high.MinArr}.");
            else if (low.MaxArr < high.MinArr)
                yield return ("tier_definitions", $"tiers must be contiguous: '{low.TierId}' ends at {low.MaxArr} but '{high.TierId}' starts at {high.MinArr}, leaving a gap.");
            else if (low.MaxArr > high.MinArr)
                yield return ("tier_definitions", $"tiers must not overlap: '{low.TierId}' ends at {low.MaxArr} but '{high.TierId}' starts at {high.MinArr}.");
        }

        if (sorted[^1].MaxArr is { } top)
            yield return ("tier_definitions", $"the top tier ('{sorted[^1].TierId}') must omit max_arr so every ARR has a tier; got {top}.");
    }

    [GeneratedRegex("^[a-z0-9_]{1,50}$")]
    private static partial Regex TierIdPattern();
}
