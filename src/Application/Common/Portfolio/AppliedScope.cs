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

    private static IReadOnlyList<string>? Codes<TEnum>(IReadOnlyList<string>? values) where TEnum : struct, Enum =>
        values is { Count: > 0 } ? [.. values.Select(v => EnumCodes<TEnum>.ToCode(EnumCodes<TEnum>.Parse(v))).Distinct(StringComparer.Ordinal)] : null;
}
