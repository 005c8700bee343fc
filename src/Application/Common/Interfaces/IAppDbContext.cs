using CsMcp.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace CsMcp.Application.Common.Interfaces;

/// <summary>The persistence port. Handlers query the sets directly; one SaveChangesAsync per command keeps writes atomic.</summary>
public interface IAppDbContext
{
    DbSet<Client> Clients { get; }
    DbSet<ClientEvent> ClientEvents { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
