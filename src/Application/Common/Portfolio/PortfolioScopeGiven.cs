namespace CsMcp.Application.Common.Portfolio;

public static class PortfolioScopeGiven
{
    /// <summary>Whether the scope narrows the portfolio at all (an empty list narrows nothing).</summary>
    public static bool HasAnyFilter(this PortfolioScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Tiers is { Count: > 0 } || scope.LifecycleStages is { Count: > 0 } || scope.Industries is { Count: > 0 } || scope.Csm is not null
            || scope.ArrMin is not null || scope.ArrMax is not null || scope.HealthScoreMin is not null || scope.HealthScoreMax is not null
            || scope.RenewalWithinDays is not null;
    }
}
