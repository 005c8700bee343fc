using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CsMcp.Infrastructure.Caching;

/// <summary>
/// Every saved change invalidates the cached reads computed from it: entries of each client whose rows changed
/// (any entity with a ClientId) and every portfolio-wide entry. Handlers never have to remember to do it.
/// </summary>
public sealed class CacheInvalidationInterceptor(HybridReadCache cache) : SaveChangesInterceptor
{
    private const string ClientIdProperty = "ClientId";

    /// <summary>Client ids of the rows a context is saving, collected before the save and consumed after it succeeded.</summary>
    private static readonly ConditionalWeakTable<DbContext, HashSet<string>> Pending = [];

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await InvalidateAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        InvalidateAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Remember(DbContext? context)
    {
        if (context is null)
            return;
        var clients = Pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
                continue;
            var property = entry.Metadata.FindProperty(ClientIdProperty);
            if (property is not null && entry.Property(ClientIdProperty).CurrentValue is string clientId)
                clients.Add(clientId);
        }
    }

    private async ValueTask InvalidateAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !Pending.TryGetValue(context, out var clients))
            return;
        Pending.Remove(context);
        await cache.InvalidateAsync(clients, cancellationToken);
    }
}
