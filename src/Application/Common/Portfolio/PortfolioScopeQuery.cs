using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;

namespace CsMcp.Application.Common.Portfolio;

public static class PortfolioScopeQuery
{
    /// <summary>The clients the scope selects; <paramref name="today"/> anchors renewal_within_days.</summary>
    public static IQueryable<Client> InScope(this IQueryable<Client> clients, PortfolioScope scope, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Tiers is { Count: > 0 })
        {
            var tiers = Parse<ClientTier>(scope.Tiers);
            clients = clients.Where(c => tiers.Contains(c.Tier));
        }

        if (scope.LifecycleStages is { Count: > 0 })
        {
            var stages = Parse<LifecycleStage>(scope.LifecycleStages);
            clients = clients.Where(c => stages.Contains(c.LifecycleStage));
        }

        if (scope.Industries is { Count: > 0 })
        {
            var industries = scope.Industries.Select(i => i.Trim().ToLowerInvariant()).Distinct().ToList();
            clients = clients.Where(c => c.Industry != null && industries.Contains(c.Industry.ToLower()));
        }

        if (scope.Csm is { } csmName)
        {
            var csm = csmName.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // EF Core translates ToLower() on both providers, not string.Equals with a StringComparison.
            clients = clients.Where(c => c.CsmAssigned != null && c.CsmAssigned.ToLower() == csm);
#pragma warning restore CA1862
        }

        if (scope.ArrMin is { } arrMin)
            clients = clients.Where(c => c.ContractValue >= arrMin);
        if (scope.ArrMax is { } arrMax)
            clients = clients.Where(c => c.ContractValue <= arrMax);
        if (scope.HealthScoreMin is { } healthMin)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore >= healthMin);
        if (scope.HealthScoreMax is { } healthMax)
            clients = clients.Where(c => c.HealthScore != null && c.HealthScore <= healthMax);
        if (scope.RenewalWithinDays is { } days)
        {
            var last = today.AddDays(days);
            clients = clients.Where(c => c.RenewalDate <= last);
        }

        return clients;
    }

    private static List<TEnum> Parse<TEnum>(IReadOnlyList<string> codes) where TEnum : struct, Enum =>
        [.. codes.Select(EnumCodes<TEnum>.Parse).Distinct()];
}
