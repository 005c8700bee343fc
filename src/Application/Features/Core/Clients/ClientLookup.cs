using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.Clients;

public static class ClientLookup
{
    /// <summary>The tracked client with that id, or a not-found error naming the id.</summary>
    public static async Task<Client> GetClientAsync(this IAppDbContext db, string clientId, CancellationToken cancellationToken)
    {
        var id = clientId;
        return await db.Clients.SingleOrDefaultAsync(c => c.ClientId == id, cancellationToken)
            ?? throw NotFoundException.Client(clientId);
    }

    public static async Task<bool> ClientExistsAsync(this IAppDbContext db, string clientId, CancellationToken cancellationToken)
    {
        var id = clientId;
        return await db.Clients.AnyAsync(c => c.ClientId == id, cancellationToken);
    }

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
