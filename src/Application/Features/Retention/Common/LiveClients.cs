using CsMcp.Domain.Clients;

namespace CsMcp.Application.Features.Retention.Common;

public static class LiveClients
{
    /// <summary>The clients the retention tools work on: churned clients (by status or lifecycle stage) are never in scope.</summary>
    public static IQueryable<Client> Live(this IQueryable<Client> clients) =>
        clients.Where(c => c.Status != AccountStatus.Churned && c.LifecycleStage != LifecycleStage.Churned);
}
