using System.Globalization;
using CsMcp.Application.Common.Portfolio;

namespace CsMcp.Application.Features.Retention.Common;

public static class ScopeText
{
    /// <summary>The given portfolio filters as "name value" parts, canonical names; null when none is given.</summary>
    public static string? Describe(AppliedScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var parts = new[]
        {
            List("tiers", scope.Tiers), List("lifecycle_stages", scope.LifecycleStages), List("industries", scope.Industries),
            scope.Csm is { } csm ? $"csm {csm}" : null,
            Value("arr_min", scope.ArrMin), Value("arr_max", scope.ArrMax),
            Value("health_score_min", scope.HealthScoreMin), Value("health_score_max", scope.HealthScoreMax),
            Value("renewal_within_days", scope.RenewalWithinDays),
        }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>Whether any portfolio filter is given; reads the raw values, so it is safe before validation.</summary>
    public static bool AnyFilter(PortfolioScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Tiers is { Count: > 0 } || scope.LifecycleStages is { Count: > 0 } || scope.Industries is { Count: > 0 } || scope.Csm is not null
            || scope.ArrMin is not null || scope.ArrMax is not null || scope.HealthScoreMin is not null || scope.HealthScoreMax is not null
            || scope.RenewalWithinDays is not null;
    }

    private static string? List(string name, IReadOnlyList<string>? values) => values is null ? null : $"{name} {string.Join("|", values)}";

    private static string? Value<T>(string name, T? value) where T : struct, IFormattable =>
        value is { } v ? $"{name} {v.ToString(null, CultureInfo.InvariantCulture)}" : null;
}
