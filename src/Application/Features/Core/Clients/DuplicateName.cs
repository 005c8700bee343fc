using CsMcp.Application.Common.Exceptions;
using CsMcp.Application.Common.Interfaces;
using CsMcp.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Features.Core.Clients;

public static class DuplicateName
{
    /// <summary>Throws a conflict when another client already uses this name (case and spacing ignored).</summary>
    public static async Task EnsureNameIsFreeAsync(this IAppDbContext db, string clientName, string? exceptClientId, CancellationToken cancellationToken)
    {
        var normalized = Client.NormalizeName(clientName);
        var existing = await db.Clients
            .Where(c => c.NormalizedName == normalized && c.ClientId != exceptClientId)
            .Select(c => c.ClientId)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
            throw new ConflictException(
                $"A client named '{clientName.Trim()}' is already registered as {existing}. Use update_client_info on {existing} to change it, or choose a different client_name.");
    }
}
