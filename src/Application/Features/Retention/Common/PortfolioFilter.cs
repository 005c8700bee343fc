using CsMcp.Domain.Clients;
using CsMcp.Domain.Common;

namespace CsMcp.Application.Features.Retention.Common;

/// <summary>The portfolio filters shared by the retention tools. Churned clients are never in scope.</summary>
public static class PortfolioFilter
{
    public static IQueryable<Client> Apply(IQueryable<Client> clients, DateOnly today, string? clientId = null, string? tier = null, string? stage = null,
        decimal? minArr = null, int? renewalWithinDays = null)
    {
        clients = clients.Where(c => c.Status != AccountStatus.Churned && c.LifecycleStage != LifecycleStage.Churned);
        if (clientId is not null)
            clients = clients.Where(c => c.ClientId == clientId);
        if (tier is not null)
        {
            var value = EnumCodes<ClientTier>.Parse(tier);
            clients = clients.Where(c => c.Tier == value);
        }

        if (stage is not null)
        {
            var value = EnumCodes<LifecycleStage>.Parse(stage);
            clients = clients.Where(c => c.LifecycleStage == value);
        }

        if (minArr is { } arr)
            clients = clients.Where(c => c.ContractValue >= arr);
        if (renewalWithinDays is { } days)
        {
            var last = today.AddDays(days);
            clients = clients.Where(c => c.RenewalDate <= last);
        }

        return clients;
    }

    public static string? Code<TEnum>(string? value) where TEnum : struct, Enum =>
        value is null ? null : EnumCodes<TEnum>.ToCode(EnumCodes<TEnum>.Parse(value));
}
