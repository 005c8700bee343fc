using System.Globalization;
using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;

namespace CsMcp.Application.Common.Portfolio;

/// <summary>The portfolio filters a result was computed under, in canonical spelling; null where a filter was not given.</summary>
public sealed record AppliedScope(
    IReadOnlyList<string>? Tiers,
    IReadOnlyList<string>? LifecycleStages,
    IReadOnlyList<string>? Industries,
    string? Csm,
    decimal? ArrMin,
    decimal? ArrMax,
    int? HealthScoreMin,
    int? HealthScoreMax,
    int? RenewalWithinDays)
{
    public static AppliedScope Of(PortfolioScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new AppliedScope(
            Codes<ClientTier>(scope.Tiers), Codes<LifecycleStage>(scope.LifecycleStages),
            scope.Industries is { Count: > 0 } industries ? [.. industries.Select(i => i.Trim())] : null,
            scope.Csm?.Trim(), scope.ArrMin, scope.ArrMax, scope.HealthScoreMin, scope.HealthScoreMax, scope.RenewalWithinDays);
    }

    /// <summary>
    /// For tools where one client replaces the portfolio: no filter applied when <paramref name="clientId"/> is given (the
    /// filters are then ignored, so echoing them would misstate what the figures cover), else the scope's filters.
    /// </summary>
    public static AppliedScope Of(PortfolioScope scope, string? clientId) => Of(clientId is null ? scope : Unfiltered);

    private static readonly PortfolioScope Unfiltered = new();

    /// <summary>The given filters as "name value" parts in canonical names, for messages; null when none is given.</summary>
    public string? Describe()
    {
        var parts = new[]
        {
            List("tiers", Tiers), List("lifecycle_stages", LifecycleStages), List("industries", Industries),
            Csm is { } csm ? $"csm {csm}" : null,
            Value("arr_min", ArrMin), Value("arr_max", ArrMax),
            Value("health_score_min", HealthScoreMin), Value("health_score_max", HealthScoreMax),
            Value("renewal_within_days", RenewalWithinDays),
        }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? List(string name, IReadOnlyList<string>? values) => values is null ? null : $"{name} {string.Join("|", values)}";

    private static string? Value<T>(string name, T? value) where T : struct, IFormattable =>
        value is { } v ? $"{name} {v.ToString(null, CultureInfo.InvariantCulture)}" : null;

    private static IReadOnlyList<string>? Codes<TEnum>(IReadOnlyList<string>? values) where TEnum : struct, Enum =>
        values is { Count: > 0 } ? [.. values.Select(v => EnumCodes<TEnum>.ToCode(EnumCodes<TEnum>.Parse(v))).Distinct(StringComparer.Ordinal)] : null;
}
